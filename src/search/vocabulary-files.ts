// The vocabulary cut into files a search fetches a few at a time, so that what a query costs
// does not grow with the archive's vocabulary (115,000 terms, 270 kB brotli, on the combined
// archive). Every lookup a query makes has its own way in, and each way sees every term it
// could need:
//
//   blocks      the sorted terms, 512 a file, with their document frequencies: a word's exact
//               lookup reads the one block its place falls in; a prefix reads the blocks its
//               range spans.
//   by start    the terms of one first letter and one length: a typo reading shares the word's
//               first letter (a typo there counts as two, as Meilisearch counts it) and is at
//               most two letters longer or shorter, so the word's letter and the five lengths
//               around its own hold every reading it can have, bar the next kind.
//   reversed    the terms sorted by their reversed spelling, 512 a file: a word of nine letters
//               or more may have its first letter wrong if nothing else is, and then the reading
//               ends with the word's letters from the third on: a suffix's range.
//
// The index file names the blocks by their first terms, and which first-letter files exist.

import { runOf } from './index-format.ts'

/** Terms per block, sorted or reversed: about 2–3 kB brotli each. */
export const TERMS_PER_BLOCK = 512

export interface VocabularyIndex {
  version: 1
  /** Terms in all; term i is the i-th in code-unit order, as shards and postings number them. */
  terms: number
  /** The first term of each block, and the place of that term: block k holds [starts[k], starts[k + 1]). */
  blockFirst: string[]
  blockStarts: number[]
  /** The first reversed spelling of each reversed block. */
  reversedFirst: string[]
  /** The first-letter files there are: `${first letter's UTF-16 code}-${length}`. */
  byStart: string[]
  /**
   * The first term of each posting shard: a word's shard is known from its spelling, so it is
   * fetched with the word's vocabulary files, not a round trip after them.
   */
  shardFirst: string[]
}

/** A block of sorted terms: its terms and their document frequencies, from the block's start. */
export interface TermBlock {
  t: string[]
  d: number[]
}

/** Some terms anywhere in the vocabulary: their places (each the gap from the one before), spellings and frequencies. */
export interface TermList {
  i: number[]
  t: string[]
  d: number[]
}

export const blockFile = (k: number) => `b${k}.json`
export const reversedFile = (k: number) => `r${k}.json`
export const startKeyOf = (firstCode: number, length: number) => `${firstCode}-${length}`
export const startKey = (term: string) => startKeyOf(term.charCodeAt(0), term.length)
export const startFile = (key: string) => `s${key}.json`

export const reverse = (term: string) => [...term].reverse().join('')

function termList(places: readonly number[], terms: readonly string[], df: readonly number[]): TermList {
  let last = 0
  const i = places.map((p) => {
    const gap = p - last
    last = p
    return gap
  })
  return { i, t: places.map((p) => terms[p] as string), d: places.map((p) => df[p] as number) }
}

/** The files of a vocabulary: `terms` sorted in code-unit order and distinct, `df` parallel. */
export function vocabularyFiles(
  terms: readonly string[],
  df: readonly number[],
  shardStarts: readonly number[] = [],
  termsPerBlock = TERMS_PER_BLOCK,
): { index: VocabularyIndex; files: Array<[string, unknown]> } {
  const files: Array<[string, unknown]> = []
  const blockFirst: string[] = []
  const blockStarts: number[] = []
  for (let at = 0, k = 0; at < terms.length; at += termsPerBlock, k++) {
    blockFirst.push(terms[at] as string)
    blockStarts.push(at)
    files.push([blockFile(k), { t: terms.slice(at, at + termsPerBlock), d: df.slice(at, at + termsPerBlock) } satisfies TermBlock])
  }

  const byReversed = terms.map((t, p) => [reverse(t), p] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
  const reversedFirst: string[] = []
  for (let at = 0, k = 0; at < byReversed.length; at += termsPerBlock, k++) {
    const slice = byReversed.slice(at, at + termsPerBlock)
    reversedFirst.push((slice[0] as readonly [string, number])[0])
    // Places ascending within a file, so that the gaps stay small and positive.
    files.push([reversedFile(k), termList(slice.map(([, p]) => p).sort((a, b) => a - b), terms, df)])
  }

  const starts = new Map<string, number[]>()
  terms.forEach((t, p) => {
    if (!t) return
    const key = startKey(t)
    const list = starts.get(key)
    if (list) list.push(p)
    else starts.set(key, [p])
  })
  const byStart = [...starts.keys()].sort()
  for (const key of byStart) files.push([startFile(key), termList(starts.get(key) as number[], terms, df)])

  const shardFirst = shardStarts.map((start) => terms[start] ?? '')
  return { index: { version: 1, terms: terms.length, blockFirst, blockStarts, reversedFirst, byStart, shardFirst }, files }
}

/** The last of some sorted first terms at or before `term`; 0 before the first. */
export function blockOf(firsts: readonly string[], term: string): number {
  return Math.max(0, runOf(firsts, term))
}

/** The blocks a prefix's range spans, over some sorted first terms. */
export function blocksOfPrefix(firsts: readonly string[], prefix: string): number[] {
  const first = blockOf(firsts, prefix)
  const last = blockOf(firsts, `${prefix}\uffff`)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}
