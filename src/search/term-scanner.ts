import { normalizeTerm } from './tokenize.ts'

// The index build's tokenizer. It yields exactly the terms of `tokenize` (a unit test holds it
// to that), but scans character codes instead of running a Unicode regex and NFKD over every
// word: on 130 MB of briefings that is the difference between seconds and most of a minute.

const WORD_CHAR = /^[\p{L}\p{N}]$/u
const nonAsciiWordChar = new Map<number, boolean>()

function isNonAsciiWordChar(codePoint: number): boolean {
  let known = nonAsciiWordChar.get(codePoint)
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(codePoint))
    nonAsciiWordChar.set(codePoint, known)
  }
  return known
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
}

/** Calls `onTerm` with each normalized term of `text`, in order. */
export function scanTerms(text: string, onTerm: (term: string) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    let c = text.charCodeAt(i)
    // Skip to the start of a word.
    let width = 1
    if (c < 128) {
      if (!isAsciiWordChar(c)) {
        i++
        continue
      }
    } else {
      const cp = text.codePointAt(i) as number
      width = cp > 0xffff ? 2 : 1
      if (!isNonAsciiWordChar(cp)) {
        i += width
        continue
      }
    }
    const start = i
    let ascii = c < 128
    i += width
    while (i < n) {
      c = text.charCodeAt(i)
      if (c < 128) {
        if (!isAsciiWordChar(c)) break
        i++
      } else {
        const cp = text.codePointAt(i) as number
        if (!isNonAsciiWordChar(cp)) break
        ascii = false
        i += cp > 0xffff ? 2 : 1
      }
    }
    const raw = text.slice(start, i)
    const term = ascii ? raw.toLowerCase() : normalizeTerm(raw)
    // Same rule as tokenize: a lone "s" is the tail of a possessive.
    if (term !== 's') onTerm(term)
  }
}

/**
 * Term → id for the index build, looked up straight from the text being scanned: an ASCII word
 * is hashed while it is read and compared in place, so the common case makes no string at all.
 * (A Map keyed by fresh substrings spends most of the build hashing and comparing them.)
 */
export class TermTable {
  readonly terms: string[] = []
  private hashes = new Int32Array(1 << 12)
  private slots = new Int32Array(1 << 16)

  get size(): number {
    return this.terms.length
  }

  /** The id of `term`, adding it when new. */
  idOf(term: string): number {
    let h = FNV_OFFSET
    for (let k = 0; k < term.length; k++) h = Math.imul(h ^ term.charCodeAt(k), FNV_PRIME)
    const mask = this.slots.length - 1
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i] as number
      if (slot === 0) return this.insert(i, h, term)
      if (this.hashes[slot - 1] === h && this.terms[slot - 1] === term) return slot - 1
    }
  }

  /** The id of text[start, end) lower-cased, an ASCII word whose lower-case hash is `h`. */
  idOfAscii(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i] as number
      if (slot === 0) return this.insert(i, h, text.slice(start, end).toLowerCase())
      const id = slot - 1
      if (this.hashes[id] === h && sameLowerAscii(this.terms[id] as string, text, start, end)) return id
    }
  }

  private insert(at: number, h: number, term: string): number {
    const id = this.terms.length
    this.terms.push(term)
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2)
      grown.set(this.hashes)
      this.hashes = grown
    }
    this.hashes[id] = h
    this.slots[at] = id + 1
    // Keep the table at most half full, so probes stay short.
    if (this.terms.length * 2 > this.slots.length) this.rehash()
    return id
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let id = 0; id < this.terms.length; id++) {
      let i = (this.hashes[id] as number) & mask
      while (slots[i] !== 0) i = (i + 1) & mask
      slots[i] = id + 1
    }
    this.slots = slots
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193

function sameLowerAscii(term: string, text: string, start: number, end: number): boolean {
  if (term.length !== end - start) return false
  for (let k = 0; k < term.length; k++) {
    let c = text.charCodeAt(start + k)
    if (c >= 65 && c <= 90) c += 32
    if (term.charCodeAt(k) !== c) return false
  }
  return true
}

/** Like `scanTerms`, but yields the id of each term in `table`, adding new terms to it. */
export function scanTermIds(text: string, table: TermTable, onId: (id: number) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    const c0 = text.charCodeAt(i)
    if (c0 < 128 && !isAsciiWordChar(c0)) {
      i++
      continue
    }
    if (c0 >= 128) {
      const cp = text.codePointAt(i) as number
      if (!isNonAsciiWordChar(cp)) {
        i += cp > 0xffff ? 2 : 1
        continue
      }
    }
    const start = i
    let h = FNV_OFFSET
    let ascii = true
    while (i < n) {
      let c = text.charCodeAt(i)
      if (c < 128) {
        if (!isAsciiWordChar(c)) break
        if (c >= 65 && c <= 90) c += 32
        h = Math.imul(h ^ c, FNV_PRIME)
        i++
      } else {
        const cp = text.codePointAt(i) as number
        if (!isNonAsciiWordChar(cp)) break
        ascii = false
        i += cp > 0xffff ? 2 : 1
      }
    }
    if (ascii) {
      // Same rule as tokenize: a lone "s" is the tail of a possessive.
      if (i - start === 1 && (c0 === 115 || c0 === 83)) continue
      onId(table.idOfAscii(text, start, i, h))
    } else {
      const term = normalizeTerm(text.slice(start, i))
      if (term !== 's') onId(table.idOf(term))
    }
  }
}
