import { open } from 'node:fs/promises'

// Every input file is read through here, so every way a file can be unusable is reported the
// same way: by name, with the reason, before any parser sees it.

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024

export type InputText = { text: string; reason?: undefined } | { text?: undefined; reason: string }

const decoder = new TextDecoder('utf-8', { fatal: true })

export function decodeInput(bytes: Uint8Array): InputText {
  if (bytes.length === 0) return { reason: 'empty file' }
  // NUL never occurs in text; it marks images, archives, office files and UTF-16.
  if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes)' }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return { reason: 'not UTF-8 text' }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') return { reason: 'empty file (only whitespace)' }
  return { text }
}

export async function readInput(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<InputText> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    return { reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }
  }
  try {
    const { size } = await handle.stat()
    if (size > maxBytes) {
      return { reason: `too large: ${(size / 1024 / 1024).toFixed(1)} MB, the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB` }
    }
    return decodeInput(await handle.readFile())
  } catch (error) {
    return { reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }
  } finally {
    await handle.close()
  }
}
