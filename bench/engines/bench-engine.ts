import { dateEnd, dateStart } from '../../src/corpus/partial-date.ts'
import type { CompiledCorpus } from '../../src/corpus/schema.ts'
import { FACETS } from '../../src/search/facets.ts'
import type { FilterSelection } from '../../src/search/filter-sets.ts'

// What the bench asks of every engine: build (timed), serialise and load (timed, sized), and
// answer a query with the ids of its top ten statements.

/**
 * The query kinds, declared once. Plain kinds are typed words, scored by recall@10 against the
 * statements holding the words; syntax kinds use the search box's language (query-syntax.ts)
 * and are scored against the naive scan's full result set: exactness for engines that claim it,
 * precision of the top ten for those that do not.
 */
export const QUERY_KINDS = {
  exact: 'plain',
  typo: 'plain',
  'two-words': 'plain',
  rare: 'plain',
  'no-hit': 'plain',
  prefix: 'plain',
  phrase: 'syntax',
  'phrase-common': 'syntax',
  'phrase-absent': 'syntax',
  'phrase-word': 'syntax',
  exclusion: 'syntax',
  or: 'syntax',
  'word*': 'syntax',
} as const

export type QueryKind = keyof typeof QUERY_KINDS

export const isSyntaxKind = (kind: QueryKind) => QUERY_KINDS[kind] === 'syntax'

/** The edit a typo query made to its word (queries.ts). */
export type TypoEdit = 'substitute' | 'delete' | 'insert' | 'swap'

/** The filters of a query, as the archive's engine takes them (one list per facet, and dates). */
export type BenchFilters = FilterSelection

export interface BenchQuery {
  kind: QueryKind
  q: string
  /** For a typo query: the same query without the typo, and the edit that made the typo. */
  clean?: string
  edit?: TypoEdit
  filters: BenchFilters | null
}

export interface BuiltEngine {
  /** Bytes of the serialised index, and gzipped. */
  indexBytes: number
  indexBytesGz: number
  /** Time to get a queryable engine from the serialised index. */
  loadMs: number
  /** Work a real client would do before the query, outside the timing (fetching shards). */
  prepare?: (query: BenchQuery) => Promise<void>
  /** Top ten statement indices. */
  search: (query: BenchQuery) => number[]
  /** Every statement the engine answers with, for engines that claim an exact result set. */
  searchAll?: (query: BenchQuery) => number[]
  /** Drops what load() made, so the next measurement starts clean. */
  dispose: () => void
}

export interface BenchEngine {
  name: 'naive-fuse' | 'naive-scan' | 'archive' | 'minisearch'
  /** False for the scan, which lists what matches in archive order: no recall or typo figures. */
  ranks: boolean
  /** Builds the index and returns the loaded engine; build time is measured around this. */
  build: (corpus: CompiledCorpus) => Promise<{ buildMs: number; engine: BuiltEngine }>
}

/** The fields every engine indexes, as text: the same fields the archive engine weighs. */
export function fieldsOf(corpus: CompiledCorpus) {
  const labels = new Map(corpus.topics.map((t) => [t.id, t.label]))
  return corpus.statements.map((s, i) => ({
    id: i,
    title: s.title,
    speakers: s.speakers.map((sp) => `${sp.name} ${sp.role ?? ''}`).join(' '),
    topics: s.topics.map((t) => labels.get(t) ?? t).join(' '),
    body: s.paragraphs.join('\n'),
  }))
}

/** Post-filter for engines without id sets: the same rules as the archive's filters. */
export function passesFilters(corpus: CompiledCorpus, doc: number, f: BenchFilters | null): boolean {
  if (!f) return true
  const s = corpus.statements[doc]
  if (!s) return false
  const noLabel = { topic: () => undefined, country: () => undefined }
  for (const facet of FACETS) {
    const chosen = f[facet.key]
    if (chosen.length && !facet.values(s, noLabel).some((v) => chosen.includes(v.id))) return false
  }
  // A date known to the year or the month is its interval, in the range when they overlap.
  if (f.from && dateEnd(s.date) < f.from) return false
  if (f.to && dateStart(s.date) > f.to) return false
  return true
}
