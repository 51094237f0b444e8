import type { CompiledCorpus } from '../corpus/schema.ts'
import { fallbackLabel, facetByKey, FACETS, type FacetKey } from './facets.ts'
import { highlightRanges, type Range } from './highlight.ts'
import type { CatalogEntry, CatalogFile } from './index-format.ts'
import type { SearchResults } from './search-types.ts'

// The page's list of statements: what result rows, profiles and the timeline show, looked up
// by document number (a statement's place in the archive, as the search service answers) or by
// id. It holds no text and runs no search: bodies come through their own query, and searches
// through the search service.

export interface CatalogHit {
  entry: CatalogEntry
  titleRanges: Range[]
}

export class Catalog {
  readonly entries: readonly CatalogEntry[]
  readonly topics: CompiledCorpus['topics']
  private readonly byId = new Map<string, number>()
  private readonly labels = {} as Record<FacetKey, Map<string, string>>
  /** Hits already shown, per result set: a list re-renders on every keystroke and scroll. */
  private readonly hitCache = new WeakMap<SearchResults, Map<number, CatalogHit>>()

  constructor(file: Pick<CatalogFile, 'catalog' | 'topics' | 'labels'>) {
    this.entries = file.catalog
    this.topics = file.topics
    file.catalog.forEach((entry, doc) => this.byId.set(entry.id, doc))
    for (const { key } of FACETS) {
      const { values, labels } = file.labels[key]
      this.labels[key] = new Map(values.map((id, i) => [id, labels[i] ?? id]))
    }
    // Topics are labelled even when no statement carries them yet, so a topic page can say so.
    for (const t of file.topics) if (!this.labels.topic.has(t.id)) this.labels.topic.set(t.id, t.label)
  }

  get size(): number {
    return this.entries.length
  }

  /** A statement's document number: its place in the archive. */
  docOf(id: string): number | undefined {
    return this.byId.get(id)
  }

  entry(doc: number): CatalogEntry {
    const entry = this.entries[doc]
    if (!entry) throw new RangeError(`no statement number ${doc} in this archive`)
    return entry
  }

  /** What the page shows for a facet value: a speaker's name, a topic's label, a type's name. */
  label(facet: FacetKey, id: string): string {
    return this.labels[facet].get(id) ?? fallbackLabel(facetByKey(facet), id)
  }

  /** Whether any statement carries this value (or, for topics, the archive defines it). */
  has(facet: FacetKey, id: string): boolean {
    return this.labels[facet].has(id)
  }

  /** The display form of one hit; computed only for the rows on screen. */
  hitAt(results: SearchResults, index: number): CatalogHit | undefined {
    const doc = results.ids[index]
    if (doc === undefined) return undefined
    let hits = this.hitCache.get(results)
    if (!hits) this.hitCache.set(results, (hits = new Map()))
    const cached = hits.get(doc)
    if (cached) return cached
    const entry = this.entry(doc)
    const hit = { entry, titleRanges: highlightRanges(entry.title, results.matchedTerms, results.phrases) }
    hits.set(doc, hit)
    return hit
  }

  /** The statements of a result set, in its order. */
  entriesOf(results: Pick<SearchResults, 'ids'>): CatalogEntry[] {
    return results.ids.map((doc) => this.entry(doc))
  }
}
