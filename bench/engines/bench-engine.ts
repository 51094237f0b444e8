import type { CompiledCorpus } from '../../src/corpus/schema.ts'
import { FACETS } from '../../src/search/facets.ts'
import type { FilterSelection } from '../../src/search/filter-sets.ts'

// What the bench asks of every engine: build (timed), serialise and load (timed, sized), and
// answer a query with the ids of its top ten statements.

/** The filters of a query, as the archive's engine takes them (one list per facet, and dates). */
export type BenchFilters = FilterSelection

export interface BenchQuery {
  kind: 'exact' | 'typo' | 'two-words' | 'rare' | 'no-hit' | 'prefix'
  q: string
  /** For a typo query: the same query without the typo. */
  clean?: string
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
  /** Drops what load() made, so the next measurement starts clean. */
  dispose: () => void
}

export interface BenchEngine {
  name: 'naive-fuse' | 'archive' | 'minisearch'
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
  if (f.from && s.date < f.from) return false
  if (f.to && s.date > f.to) return false
  return true
}
