import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

// Which files an import reads. Folders are walked recursively in a fixed order, so a run's
// decisions (which duplicate wins, which id gets a suffix) never depend on the file system.

export type InputFormat = 'text' | 'markdown' | 'json' | 'json-lines'

const FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'json-lines',
  '.ndjson': 'json-lines',
}

export const formatOf = (file: string): InputFormat | undefined => FORMATS[path.extname(file).toLowerCase()]

export interface InputFile {
  /** Absolute path. */
  path: string
  /** As shown in reports: relative to the working directory when inside it. */
  display: string
  format: InputFormat
  /** Folder names from the named root down to the file, the root's own name included. */
  folders: string[]
}

export interface Collected {
  files: InputFile[]
  /** Named paths that cannot be read: reported as rejected. */
  missing: Array<{ file: string; reason: string }>
  /** Files met in folders that are not releases (LICENSE, images): reported, not rejected. */
  skipped: Array<{ file: string; reason: string }>
}

const display = (file: string) => {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export async function collectFiles(inputs: readonly string[], exclude: readonly string[] = []): Promise<Collected> {
  const out: Collected = { files: [], missing: [], skipped: [] }
  const seen = new Set<string>()
  const excluded = new Set(exclude.map((p) => path.resolve(p)))

  const add = (file: string, folders: string[], named: boolean) => {
    if (seen.has(file)) return
    seen.add(file)
    const format = formatOf(file)
    if (format) out.files.push({ path: file, display: display(file), format, folders })
    else if (named) out.missing.push({ file: display(file), reason: 'unsupported file type (expected .txt, .md, .json or .jsonl)' })
    else out.skipped.push({ file: display(file), reason: 'not a release format' })
  }

  const walk = async (dir: string, folders: string[]): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name))
    for (const entry of entries) {
      // Hidden entries are tooling (.git) or our own temporary files.
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      if (excluded.has(full)) continue
      if (entry.isDirectory()) await walk(full, [...folders, entry.name])
      else if (entry.isFile()) add(full, folders, false)
    }
  }

  for (const input of inputs) {
    const full = path.resolve(input)
    let info
    try {
      info = await stat(full)
    } catch {
      out.missing.push({ file: input, reason: 'not found' })
      continue
    }
    if (info.isDirectory()) await walk(full, [path.basename(full)])
    else add(full, [path.basename(path.dirname(full))], true)
  }
  out.files.sort((a, b) => byCodePoint(a.path, b.path))
  return out
}
