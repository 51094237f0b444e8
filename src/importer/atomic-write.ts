import { randomBytes } from 'node:crypto'
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// A reader (the corpus build, the dev server, a second importer) sees the old file or the new
// one, never half of one: the content goes to a temporary file in the same folder, which is then
// renamed over the target (rename is atomic within a file system).
//
// Synchronous on purpose: an import writes thousands of small files, and blocking calls are
// several times faster than fs/promises' thread-pool round trips for that.

export function writeFileAtomic(file: string, content: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    writeFileSync(temp, content, { flag: 'wx' })
    renameSync(temp, file)
  } catch (error) {
    try {
      unlinkSync(temp)
    } catch {
      // the temporary file was never created, or is already gone
    }
    throw error
  }
}

/** Writes only when the content differs, so an unchanged file keeps its bytes and its mtime. */
export function writeIfChanged(file: string, content: string): 'created' | 'updated' | 'unchanged' {
  let current: string | undefined
  try {
    current = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (current === content) return 'unchanged'
  writeFileAtomic(file, content)
  return current === undefined ? 'created' : 'updated'
}
