import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'

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

/**
 * Synchronous on purpose: for thousands of small files, blocking reads from the page cache are
 * several times faster than the thread-pool round trips of fs/promises, and the import is
 * CPU-bound anyway.
 */
export function readInput(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): InputText {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    return { reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }
  }
  try {
    const { size } = fstatSync(fd)
    if (size > maxBytes) {
      return { reason: `too large: ${(size / 1024 / 1024).toFixed(1)} MB, the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB` }
    }
    return decodeInput(readFileSync(fd))
  } catch (error) {
    return { reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }
  } finally {
    closeSync(fd)
  }
}
