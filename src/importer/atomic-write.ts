import { randomBytes } from 'node:crypto'
import { readFile, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

// A reader (the corpus build, the dev server, a second importer) sees the old file or the new
// one, never half of one: the content goes to a temporary file in the same folder, which is then
// renamed over the target (rename is atomic within a file system).

export function isTemporaryName(name: string): boolean {
  return /^\..+\.tmp$/.test(name)
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temp, content, { flag: 'wx' })
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/** Writes only when the content differs, so an unchanged file keeps its bytes and its mtime. */
export async function writeIfChanged(file: string, content: string): Promise<'created' | 'updated' | 'unchanged'> {
  let current: string | undefined
  try {
    current = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (current === content) return 'unchanged'
  await writeFileAtomic(file, content)
  return current === undefined ? 'created' : 'updated'
}
