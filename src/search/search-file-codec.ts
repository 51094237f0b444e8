import { FACETS, type FacetKey } from './facets.ts'
import type { FacetColumn, SearchFile } from './index-format.ts'
import { idsOf, idsUnlikeLabels } from './label-ids.ts'
import { ByteWriter } from './postings.ts'

// The search file's bytes (search.<hash>.bin): what the search worker downloads before it can
// answer a first query, so every part is coded for size under brotli, which the server adds.
// On the combined archive (25,329 statements) the JSON file was 476 kB brotli, 267 kB of it
// the vocabulary; the archive now serves the vocabulary in files of its own
// (vocabulary-files.ts), and this file's columns went from 129 kB (JSON) to 85 kB. The parts,
// and why each is coded as it is:
//
// - docLength: one byte each, as Lucene stores norms, when the build kept the lengths at that
//   precision (storedLength, as it does): 16 kB, against 37 kB as varints; else varints.
// - dates, newest first: each one's (year, month, day) packed into one number, a month or day
//   of 0 standing for a date known only to the year or month, as zigzag deltas: 2 kB.
// - facet codes: a bit mask per statement where a facet has at most 28 values (topics, types;
//   on 100,000 synthetic statements 27 kB smaller than counts and codes), else per facet a
//   stream of value counts per statement, then one of the codes.
// - values and labels: one JSON header. A speaker's id is the slug of the name nearly always;
//   such ids are left out and derived again (label-ids.ts; 4,908 of 4,996 speakers: 14 kB).
// - terms, when the file carries the vocabulary (the bench and tests read it whole):
//   front-coded, each term as the byte count it shares with the one before and the UTF-8 rest.
//   The shared count is one control byte (terms are letters and digits, never below 0x20), so
//   the rest needs no length and the bytes read like a word list: 191 kB against 267 kB.
// - df: varints, in a stream of their own (interleaved with the terms, brotli's models for text
//   and for numbers got in each other's way: 15% larger).
//
// Decoding rebuilds the joined vocabulary as UTF-8 bytes and decodes them once: no string per
// term is made, as the vocabulary keeps them joined (vocabulary.ts). A truncated or damaged
// file throws a SearchFileError, never loops or returns half a file.

/** "SRCH" and the layout's version. */
const MAGIC = [0x53, 0x52, 0x43, 0x48] as const
const LAYOUT = 1
/** Control bytes 0x00–0x1d are a term's shared byte count; 0x1e: a larger count follows as a varint. */
const LONG_PREFIX = 0x1e
/**
 * A facet's codes: as one bit mask per statement when it has few values and each statement's
 * codes ascend (topics: 12 values), else as a count per statement and then the codes.
 */
const FACET_LISTS = 0
const FACET_MASKS = 1
/** Masks up to 2^28 fit a four-byte varint. */
const MASK_VALUES = 28
/** Escapes a byte below 0x20 inside a term, which the tokenizer never makes but a fixture could. */
const ESCAPE = 0x1f

export class SearchFileError extends Error {
  constructor(message: string) {
    super(`Search file: ${message}`)
    this.name = 'SearchFileError'
  }
}

interface Header {
  docs: number
  terms: number
  /** The joined vocabulary's length in UTF-8 bytes. */
  termBytes: number
  /** Per facet in FACETS order: labels, and the ids that are not their label's slug, by index. */
  facets: Record<string, { labels: string[]; ids: Record<number, string> }>
}

/**
 * Document lengths at one byte's precision, as Lucene stores its norms (SmallFloat.intToByte4):
 * exact below 24, then the top four bits. BM25 only needs a length relative to the average.
 */
const EXACT_LENGTHS = 24

export function lengthCode(length: number): number {
  if (length < EXACT_LENGTHS) return length
  const rest = length - EXACT_LENGTHS
  const bits = 32 - Math.clz32(rest)
  if (bits < 4) return EXACT_LENGTHS + rest
  const shift = bits - 4
  return EXACT_LENGTHS + (((rest >>> shift) & 0x07) | ((shift + 1) << 3))
}

export function lengthOfCode(code: number): number {
  if (code < EXACT_LENGTHS) return code
  const rest = code - EXACT_LENGTHS
  const shift = (rest >>> 3) - 1
  return EXACT_LENGTHS + (shift < 0 ? rest & 0x07 : ((rest & 0x07) | 0x08) * 2 ** shift)
}

/** The length a search file keeps of a statement's `length` tokens: what BM25 sees. */
export const storedLength = (length: number) => lengthOfCode(lengthCode(length))

const LENGTH_VARINTS = 0
const LENGTH_BYTES = 1

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1)
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2)

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** (year, month, day) as one number; month 0 is a year alone, day 0 a month alone. */
function packDate(date: string): number {
  const m = DATE.exec(date)
  const year = Number(m?.[1])
  const month = m?.[2] ? Number(m[2]) : 0
  const day = m?.[3] ? Number(m[3]) : 0
  if (!m || (m[2] && (month < 1 || month > 12)) || (m[3] && (day < 1 || day > 31))) {
    throw new SearchFileError(`cannot store the date "${date}"`)
  }
  return (year * 13 + month) * 32 + day
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n))

function unpackDate(packed: number): string {
  const day = packed % 32
  const month = Math.floor(packed / 32) % 13
  const year = Math.floor(packed / 32 / 13)
  if (year > 9999 || (month === 0 && day !== 0)) throw new SearchFileError('a date is damaged')
  const y = String(year).padStart(4, '0')
  if (month === 0) return y
  return day === 0 ? `${y}-${two(month)}` : `${y}-${two(month)}-${two(day)}`
}

const varints = (values: ArrayLike<number>, out = new ByteWriter(values.length + 16)) => {
  for (let i = 0; i < values.length; i++) out.varint(values[i] as number)
  return out
}

export function encodeSearchFile(file: SearchFile): Uint8Array {
  const n = file.columns.dates.length
  const termCount = file.df.length
  const terms = termCount ? file.terms.split('\n') : []
  if (terms.length !== termCount) throw new SearchFileError(`${terms.length} terms but ${termCount} document frequencies`)
  if (file.docLength.length !== n) throw new SearchFileError(`${file.docLength.length} lengths for ${n} statements`)

  const header: Header = { docs: n, terms: termCount, termBytes: new TextEncoder().encode(file.terms).length, facets: {} }
  for (const { key } of FACETS) {
    const { values, labels, docStart, docValues } = file.columns.facets[key]
    if (docStart.length !== n + 1 || docStart[n] !== docValues.length) throw new SearchFileError(`${docStart.length - 1} ${key} entries for ${n} statements`)
    const shown = values.map((id, c) => labels[c] ?? id)
    header.facets[key] = { labels: shown, ids: idsUnlikeLabels(values, shown) }
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))

  const out = new ByteWriter(1 << 16)
  out.bytes(Uint8Array.from(MAGIC))
  out.varint(LAYOUT)
  out.varint(headerBytes.length)
  out.bytes(headerBytes)

  // One byte each when the build stored them at a byte's precision (storedLength), as it does.
  if (file.docLength.every((length) => length <= 2 ** 31 && storedLength(length) === length)) {
    out.varint(LENGTH_BYTES)
    out.bytes(Uint8Array.from(file.docLength, lengthCode))
  } else {
    out.varint(LENGTH_VARINTS)
    varints(file.docLength, out)
  }
  let last = 0
  for (const date of file.columns.dates) {
    const packed = packDate(date)
    out.varint(zigzag(packed - last))
    last = packed
  }
  for (const { key } of FACETS) {
    const { values, docStart, docValues } = file.columns.facets[key]
    const lists = Array.from({ length: n }, (_, doc) => Array.from(docValues.subarray(docStart[doc], docStart[doc + 1])))
    if (values.length <= MASK_VALUES && lists.every((list) => list.every((c, i) => i === 0 || c > (list[i - 1] as number)))) {
      out.varint(FACET_MASKS)
      for (const list of lists) {
        let mask = 0
        for (const code of list) {
          if (!(code >= 0 && code < values.length)) throw new SearchFileError(`${key} code ${code} has no value`)
          mask |= 1 << code
        }
        out.varint(mask)
      }
      continue
    }
    out.varint(FACET_LISTS)
    const codes = new ByteWriter(n + 16)
    for (const list of lists) {
      out.varint(list.length)
      for (const code of list) {
        if (!(code >= 0 && code < values.length)) throw new SearchFileError(`${key} code ${code} has no value`)
        codes.varint(code)
      }
    }
    const bytes = codes.finish()
    out.varint(bytes.length)
    out.bytes(bytes)
  }

  const vocabulary = frontCode(terms)
  out.varint(vocabulary.length)
  out.bytes(vocabulary)
  varints(file.df, out)
  out.varint(file.shardStarts.length)
  last = 0
  for (const start of file.shardStarts) {
    if (start < last) throw new SearchFileError('shard starts are not ascending')
    out.varint(start - last)
    last = start
  }
  return out.finish()
}

function frontCode(terms: readonly string[]): Uint8Array {
  const encoder = new TextEncoder()
  const out = new ByteWriter(terms.length * 6 + 16)
  let previous = new Uint8Array()
  for (const term of terms) {
    const bytes = encoder.encode(term)
    const limit = Math.min(bytes.length, previous.length)
    let shared = 0
    while (shared < limit && bytes[shared] === previous[shared]) shared++
    if (shared < LONG_PREFIX) out.bytes(Uint8Array.of(shared))
    else {
      out.bytes(Uint8Array.of(LONG_PREFIX))
      out.varint(shared - LONG_PREFIX)
    }
    for (let i = shared; i < bytes.length; i++) {
      const b = bytes[i] as number
      if (b < 0x20) out.bytes(Uint8Array.of(ESCAPE, b))
      else out.bytes(Uint8Array.of(b))
    }
    previous = bytes
  }
  return out.finish()
}

/** Bounds-checked reading: past the end is a damaged file, not `undefined` bytes. */
class Reader {
  at = 0
  constructor(private readonly bytes: Uint8Array) {}

  varint(): number {
    const { bytes } = this
    let result = 0
    let shift = 0
    for (;;) {
      if (this.at >= bytes.length) throw new SearchFileError('it ends early (truncated)')
      const byte = bytes[this.at++] as number
      result += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return result
      shift += 7
      if (shift > 49) throw new SearchFileError('a number is damaged')
    }
  }

  get done(): boolean {
    return this.at === this.bytes.length
  }

  take(length: number): Uint8Array {
    if (this.at + length > this.bytes.length) throw new SearchFileError('it ends early (truncated)')
    const out = this.bytes.subarray(this.at, this.at + length)
    this.at += length
    return out
  }

  /** `count` varints below 2^31, as the facet columns hold them: a typed array, no array to grow. */
  varints32(count: number): Int32Array {
    const { bytes } = this
    const end = bytes.length
    const out = new Int32Array(count)
    let at = this.at
    for (let i = 0; i < count; i++) {
      if (at >= end) throw new SearchFileError('it ends early (truncated)')
      let byte = bytes[at++] as number
      let result = byte & 0x7f
      for (let shift = 7; byte >= 0x80; shift += 7) {
        if (at >= end) throw new SearchFileError('it ends early (truncated)')
        if (shift > 28) throw new SearchFileError('a number is damaged')
        byte = bytes[at++] as number
        result |= (byte & 0x7f) << shift
      }
      out[i] = result
    }
    this.at = at
    return out
  }

  /** `count` varints, in one tight loop: the df and length columns are a hundred thousand long. */
  varints(count: number): number[] {
    const { bytes } = this
    const end = bytes.length
    const out = new Array<number>(count)
    let at = this.at
    for (let i = 0; i < count; i++) {
      if (at >= end) throw new SearchFileError('it ends early (truncated)')
      let byte = bytes[at++] as number
      if (byte < 0x80) {
        out[i] = byte
        continue
      }
      let result = byte & 0x7f
      let scale = 0x80
      do {
        if (at >= end) throw new SearchFileError('it ends early (truncated)')
        if (scale > 2 ** 49) throw new SearchFileError('a number is damaged')
        byte = bytes[at++] as number
        result += (byte & 0x7f) * scale
        scale *= 0x80
      } while (byte >= 0x80)
      out[i] = result
    }
    this.at = at
    return out
  }
}

/**
 * The joined vocabulary ("\n" between terms) from its front-coded bytes, `length` bytes of
 * UTF-8 (the header says how many, so that no buffer grows). One pass over bytes and one
 * decode: the worker runs this once, before its code is optimised.
 */
function joinedTerms(coded: Uint8Array, count: number, length: number): string {
  const out = new Uint8Array(length)
  const end = coded.length
  let size = 0
  let previousStart = 0
  let previousLength = 0
  let at = 0
  for (let t = 0; t < count; t++) {
    if (at >= end) throw new SearchFileError('the vocabulary ends early')
    let shared = coded[at++] as number
    if (shared === LONG_PREFIX) {
      const reader = new Reader(coded)
      reader.at = at
      shared = LONG_PREFIX + reader.varint()
      at = reader.at
    } else if (shared >= 0x20 || shared === ESCAPE) throw new SearchFileError('the vocabulary is damaged')
    if (shared > previousLength || size + shared + 1 > length + (t === 0 ? 1 : 0)) throw new SearchFileError('the vocabulary is damaged')
    if (t > 0) out[size++] = 0x0a
    const start = size
    out.copyWithin(size, previousStart, previousStart + shared)
    size += shared
    // The rest runs to the next control byte. Past `length` a typed array drops the writes,
    // so one check after the term does for all of its bytes.
    for (;;) {
      let b = 0
      while (at < end && (b = coded[at] as number) >= 0x20) {
        out[size++] = b
        at++
      }
      if (at >= end || b !== ESCAPE) break
      if (++at >= end) throw new SearchFileError('the vocabulary ends early')
      out[size++] = coded[at++] as number
    }
    if (size > length) throw new SearchFileError('the vocabulary is longer than its header says')
    previousStart = start
    previousLength = size - start
  }
  if (at !== end || size !== length) throw new SearchFileError('the vocabulary does not match its header')
  return new TextDecoder('utf-8', { fatal: true }).decode(out)
}

/** The search file as the ranker takes it (`Ranker.fromFile`); throws SearchFileError when damaged. */
export function decodeSearchFile(bytes: Uint8Array): SearchFile {
  const reader = new Reader(bytes)
  const magic = reader.take(MAGIC.length)
  if (MAGIC.some((b, i) => magic[i] !== b)) throw new SearchFileError('not a search file')
  const layout = reader.varint()
  if (layout !== LAYOUT) throw new SearchFileError(`layout ${layout}, not ${LAYOUT}`)
  let header: Header
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(reader.take(reader.varint()))) as Header
  } catch (error) {
    if (error instanceof SearchFileError) throw error
    throw new SearchFileError('its header is damaged')
  }
  const n = header?.docs
  if (!Number.isInteger(n) || !Number.isInteger(header.terms) || !Number.isInteger(header.termBytes) || typeof header.facets !== 'object') {
    throw new SearchFileError('its header is damaged')
  }

  const lengthLayout = reader.varint()
  let docLength: number[]
  if (lengthLayout === LENGTH_BYTES) {
    const codes = reader.take(n)
    const table = Array.from({ length: 256 }, (_, code) => lengthOfCode(code))
    docLength = new Array<number>(n)
    for (let doc = 0; doc < n; doc++) docLength[doc] = table[codes[doc] as number] as number
  }
  else if (lengthLayout === LENGTH_VARINTS) docLength = reader.varints(n)
  else throw new SearchFileError('the lengths are damaged')
  const dates = new Array<string>(n)
  const steps = reader.varints(n)
  let packed = 0
  let lastPacked = -1
  let lastDate = ''
  for (let doc = 0; doc < n; doc++) {
    packed += unzigzag(steps[doc] as number)
    // Statements of one day are many (a General Debate's 190 speeches): one string for them all.
    if (packed !== lastPacked) {
      lastDate = unpackDate(packed)
      lastPacked = packed
    }
    dates[doc] = lastDate
  }
  const facets = {} as Record<FacetKey, FacetColumn>
  for (const { key } of FACETS) {
    const entry = header.facets[key]
    if (!Array.isArray(entry?.labels) || typeof entry.ids !== 'object') throw new SearchFileError(`its header has no ${key} facet`)
    const labels = entry.labels
    const values = idsOf(labels, entry.ids)
    const layout = reader.varint()
    if (layout === FACET_MASKS) {
      if (values.length > MASK_VALUES) throw new SearchFileError(`the ${key} codes are damaged`)
      const masks = reader.varints32(n)
      const limit = 2 ** values.length
      const docStart = new Int32Array(n + 1)
      let total = 0
      for (let doc = 0; doc < n; doc++) {
        const mask = masks[doc] as number
        if (mask >= limit || mask < 0) throw new SearchFileError(`a ${key} code is damaged`)
        // The mask's bits, counted (Kernighan): most statements have one value.
        for (let m = mask; m !== 0; m &= m - 1) total++
        docStart[doc + 1] = total
      }
      const docValues = new Int32Array(total)
      for (let doc = 0, k = 0; doc < n; doc++) {
        // Lowest bit first: codes ascending, as the encoder required of a mask.
        for (let m = masks[doc] as number; m !== 0; m &= m - 1) docValues[k++] = 31 - Math.clz32(m & -m)
      }
      facets[key] = { values, labels, docStart, docValues }
      continue
    }
    if (layout !== FACET_LISTS) throw new SearchFileError(`the ${key} codes are damaged`)
    const counts = reader.varints32(n)
    const docStart = new Int32Array(n + 1)
    let total = 0
    for (let doc = 0; doc < n; doc++) {
      total += counts[doc] as number
      if (total > 2 ** 30 || (counts[doc] as number) < 0) throw new SearchFileError(`the ${key} codes are damaged`)
      docStart[doc + 1] = total
    }
    const codeReader = new Reader(reader.take(reader.varint()))
    const docValues = codeReader.varints32(total)
    if (!codeReader.done) throw new SearchFileError(`the ${key} codes are damaged`)
    for (let k = 0; k < total; k++) if ((docValues[k] as number) >= values.length || (docValues[k] as number) < 0) throw new SearchFileError(`a ${key} code is damaged`)
    facets[key] = { values, labels, docStart, docValues }
  }

  const terms = joinedTerms(reader.take(reader.varint()), header.terms, header.termBytes)
  const df = reader.varints(header.terms)
  const shardStarts = reader.varints(reader.varint())
  for (let i = 1; i < shardStarts.length; i++) shardStarts[i] = (shardStarts[i] as number) + (shardStarts[i - 1] as number)
  if (!reader.done) throw new SearchFileError('it has bytes past its end')
  return { version: 2, columns: { dates, facets }, docLength, terms, df, shardStarts }
}
