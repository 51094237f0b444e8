import { closeSync, openSync, readSync } from 'node:fs'
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
  /** The folder named on the command line (for a named file, the folder it is in). */
  root: string
  /** The path below `root`, folders separated by "/": what a collection's file pattern matches. */
  relative: string
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

// The importer's own temporary files (atomic-write.ts), left only by a run that was killed.
const OWN_TEMPORARY = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/

/** Why a hidden file found in a folder is not a statement. */
function hiddenFileReason(file: string, name: string): string {
  if (name === '.Rhistory' || name === '.Rapp.history') return 'not a statement: an R session history'
  if (name.startsWith('._')) return 'not a statement: a macOS resource file'
  if (formatOf(file)) {
    // A published folder once held ".DS_Store-to-UTF-8.txt": binary, whatever its name says.
    const head = new Uint8Array(4096)
    let length: number
    try {
      const fd = openSync(file, 'r')
      try {
        length = readSync(fd, head, 0, head.length, 0)
      } finally {
        closeSync(fd)
      }
    } catch {
      return 'not a statement: a hidden file that cannot be read'
    }
    if (head.subarray(0, length).includes(0)) return `not a statement: a binary file (contains NUL bytes), despite its ${path.extname(name)} name`
  }
  if (name.startsWith('.DS_Store')) return 'not a statement: macOS folder settings (.DS_Store)'
  return 'not a statement: a hidden file'
}

export async function collectFiles(inputs: readonly string[], exclude: readonly string[] = []): Promise<Collected> {
  const out: Collected = { files: [], missing: [], skipped: [] }
  const seen = new Set<string>()
  const excluded = new Set(exclude.map((p) => path.resolve(p)))

  const add = (file: string, root: string, folders: string[], named: boolean) => {
    if (seen.has(file)) return
    seen.add(file)
    const format = formatOf(file)
    const relative = path.relative(root, file).split(path.sep).join('/')
    if (format) out.files.push({ path: file, display: display(file), format, folders, root, relative })
    else if (named) out.missing.push({ file: display(file), reason: 'unsupported file type (expected .txt, .md, .json or .jsonl)' })
    else out.skipped.push({ file: display(file), reason: 'not a release format' })
  }

  const walk = async (dir: string, root: string, folders: string[]): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name))
    for (const entry of entries) {
      if (entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      if (excluded.has(full)) continue
      // Hidden folders are tooling (.git); hidden files came with the folder and are listed.
      if (entry.name.startsWith('.')) {
        if (entry.isFile() && !OWN_TEMPORARY.test(entry.name)) out.skipped.push({ file: display(full), reason: hiddenFileReason(full, entry.name) })
        continue
      }
      if (entry.isDirectory()) await walk(full, root, [...folders, entry.name])
      else if (entry.isFile()) add(full, root, folders, false)
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
    if (info.isDirectory()) await walk(full, full, [path.basename(full)])
    else add(full, path.dirname(full), [path.basename(path.dirname(full))], true)
  }
  out.files.sort((a, b) => byCodePoint(a.path, b.path))
  return out
}
