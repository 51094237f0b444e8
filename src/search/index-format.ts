import type { CompiledCorpus, Statement } from '../corpus/schema.ts'
import type { FacetKey } from './facets.ts'
import { ByteWriter, readVarint } from './postings.ts'

// The built archive's search files, as the index build writes them and the page and the
// search worker read them: their types and the posting shards' byte layout. Both sides import
// this module; neither imports the other.

/**
 * What a result list shows without the text: everything but the paragraphs and the source,
 * which a statement's body file carries (the source URL alone would be 40% of this list on the
 * White House corpus, and only the statement page, citations and exports show it). Quotes
 * stay: they are few (155 in 14,000 White House releases) and speaker pages list them all.
 */
export type CatalogEntry = Omit<Statement, 'paragraphs' | 'source'>

/**
 * The page's first file: what every page needs whatever it shows, and never the statements
 * themselves. Those come in row chunks (`RowChunk`), fetched for the rows on screen, so that
 * what a first search downloads grows with what it shows, not with the archive.
 */
export interface CatalogHead {
  version: 3
  /** Statements in the archive: document numbers run from 0 to one less. */
  statements: number
  topics: CompiledCorpus['topics']
  /**
   * Each facet's values by their labels (a country code's name, a speaker's): the page needs no
   * lookup tables of its own. A value's id is its label's slug unless `ids` says otherwise (label-ids.ts).
   */
  labels: Record<FacetKey, { labels: string[]; ids: Record<number, string> }>
  /** Statements per row chunk: chunk k holds documents [k · rowsPerChunk, (k + 1) · rowsPerChunk). */
  rowsPerChunk: number
  /** The first id of each id chunk, in code-unit order: where to look an id up. */
  idStarts: string[]
}

/** What result rows show, for a run of consecutive document numbers. */
export type RowChunk = CatalogEntry[]

/** A row chunk's file as fetched: chunk k holds the rows of documents [k · rowsPerChunk, …). */
export interface RowChunkAt {
  chunk: number
  rows: RowChunk
}

/** Statement ids in code-unit order, each with its document number: what a statement URL is resolved with. */
export type IdChunk = Array<[id: string, doc: number]>

/** The postings' text side. */
export interface TextIndex {
  /** Tokens per statement, for BM25's length normalisation. */
  docLength: number[]
  /** Sorted distinct terms, joined by "\n" (smaller than a JSON array of strings). */
  terms: string
  /** Document frequency per term. */
  df: number[]
  /** Index of the first term of each shard; shard i holds terms [shardStarts[i], shardStarts[i+1]). */
  shardStarts: number[]
}

/** One facet's values and, per statement, the codes of its values (one, or a list). */
export interface FacetColumn {
  values: string[]
  /** What the page shows for each value, parallel to `values`. */
  labels: string[]
  /**
   * Each statement's value codes, distinct, in the order it lists them, packed: statement d's
   * are `docValues` from `docStart[d]` up to `docStart[d + 1]`. Two typed arrays, so that the
   * worker decodes 100,000 statements into two buffers, not 100,000 small arrays to collect.
   */
  docStart: Int32Array
  docValues: Int32Array
}

/**
 * Each statement's facet values as small integer codes into value tables: what filters and
 * facet counts work on, ready-made, so that the worker builds its filters without hashing a
 * string per statement.
 */
export interface FacetColumns {
  /** Each statement's date as recorded: YYYY-MM-DD, YYYY-MM or YYYY. */
  dates: string[]
  facets: Record<FacetKey, FacetColumn>
}

/** What the search worker loads: facets and vocabulary, a fraction of the catalog's size. */
export interface SearchFile extends TextIndex {
  version: 2
  columns: FacetColumns
}

/**
 * Where each field's positions start in a statement. A title is far shorter than 2^20 words and
 * a text too, so a position alone says whether it is in the title (below `body`), in the text
 * (below `speakers`) or in the speakers' names and topics, which phrases and exclusions skip.
 */
export const FIELD_POSITIONS = { title: 0, body: 2 ** 20, speakers: 2 ** 27, topics: 2 ** 28 } as const

/** Shard layout: term count, then per term the byte lengths of its two streams, then the streams. */
export function encodeShard(terms: ReadonlyArray<readonly [ByteWriter | undefined, ByteWriter | undefined]>): Uint8Array {
  return encodeShardStreams(terms.map(([p, q]) => [p?.finish() ?? new Uint8Array(), q?.finish() ?? new Uint8Array()] as const))
}

function encodeShardStreams(blocks: ReadonlyArray<readonly [Uint8Array, Uint8Array]>): Uint8Array {
  const header = new ByteWriter(blocks.length * 4 + 4)
  header.varint(blocks.length)
  for (const [p, q] of blocks) {
    header.varint(p.length)
    header.varint(q.length)
  }
  const out = new ByteWriter(header.length + blocks.reduce((n, [p, q]) => n + p.length + q.length, 0))
  out.bytes(header.finish())
  for (const [p, q] of blocks) {
    out.bytes(p)
    out.bytes(q)
  }
  return out.finish()
}

/**
 * A shard as two files in the same layout: its postings with no positions, and its positions
 * with no postings. A single-word query needs only the first (posting-store.ts).
 */
export function splitShard(bytes: Uint8Array): { postings: Uint8Array; positions: Uint8Array } {
  const terms = readShard(bytes)
  const none = new Uint8Array()
  return {
    postings: encodeShardStreams(terms.map((t) => [t.postings, none] as const)),
    positions: encodeShardStreams(terms.map((t) => [none, t.positions] as const)),
  }
}

/** Where each term's streams sit inside a shard; slices share the shard's buffer. */
export function readShard(bytes: Uint8Array): Array<{ postings: Uint8Array; positions: Uint8Array }> {
  const cursor = { at: 0 }
  const count = readVarint(bytes, cursor)
  const lengths: number[] = []
  for (let i = 0; i < count * 2; i++) lengths.push(readVarint(bytes, cursor))
  let at = cursor.at
  const out = []
  for (let i = 0; i < count; i++) {
    const p = lengths[2 * i] as number
    const q = lengths[2 * i + 1] as number
    out.push({ postings: bytes.subarray(at, at + p), positions: bytes.subarray(at + p, at + p + q) })
    at += p + q
  }
  return out
}

/**
 * In sorted first keys of consecutive runs (id chunks, vocabulary blocks, shards), the run a key
 * falls in: the last whose first key is at or before it; -1 before the first.
 */
export function runOf(firsts: readonly string[], key: string): number {
  let lo = 0
  let hi = firsts.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((firsts[mid] as string) <= key) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** Plain code-unit order: what `<` does, so binary searches and prefix ranges agree with it. */
export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
