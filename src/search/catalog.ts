import { fallbackLabel, facetByKey, type FacetKey } from './facets.ts'
import { chunkOfDoc, idChunkOf } from './catalog-chunks.ts'
import { highlightRanges, type Range } from './highlight.ts'
import { idsOf } from './label-ids.ts'
import type { CatalogEntry, CatalogHead, IdChunk, RowChunk, RowChunkAt } from './index-format.ts'
import type { SearchResults } from './search-types.ts'

// The page's list of statements: what result rows, profiles and the timeline show, looked up
// by document number (a statement's place in the archive, as the search service answers) or by
// id. It holds no text and runs no search: bodies come through their own query, and searches
// through the search service.
//
// Only the head (labels, topics, where ids are) is loaded with the page. Rows come in chunks
// of consecutive documents, fetched for the rows a page shows (`ensure`, `loadChunk`), and stay
// once here: `entry` answers only for rows already loaded, and says so when asked for another.

export interface CatalogHit {
  entry: CatalogEntry
  titleRanges: Range[]
}

export interface CatalogLoaders {
  rows: (chunk: number) => Promise<RowChunk>
  ids: (chunk: number) => Promise<IdChunk>
}

/** A row asked for before its chunk was loaded: a bug in the caller, which should `ensure` it first. */
export class RowNotLoaded extends RangeError {
  override name = 'RowNotLoaded'
}

/** Up to this many statements, ids are read from their rows (`idsFor`); past it, from the id chunks. */
const IDS_FROM_ROWS = 200

export class Catalog {
  readonly topics: CatalogHead['topics']
  readonly size: number
  readonly rowsPerChunk: number
  private readonly rows: Array<CatalogEntry | undefined>
  private readonly chunks = new Map<number, Promise<RowChunk>>()
  private readonly idLookups = new Map<number, Promise<IdChunk>>()
  private readonly byId = new Map<string, number>()
  /** Every statement's id by document number, once every id chunk is here (`idsFor`). */
  private everyId: Promise<string[]> | undefined
  /** Per facet, each value's label and the values in order: made when first asked for (`facet`). */
  private readonly facetLabels: Partial<Record<FacetKey, { labels: Map<string, string>; values: string[] }>> = {}
  /** Hits already shown, per result set: a list re-renders on every keystroke and scroll. */
  private readonly hitCache = new WeakMap<SearchResults, Map<number, CatalogHit>>()

  constructor(
    private readonly head: CatalogHead,
    private readonly load: CatalogLoaders,
  ) {
    this.topics = head.topics
    this.size = head.statements
    this.rowsPerChunk = head.rowsPerChunk
    this.rows = new Array<CatalogEntry | undefined>(head.statements)
  }

  /**
   * A facet's values and labels, worked out from the head when first asked for. The speakers
   * are thousands (the combined archive's 4,938 ids rebuilt from their labels took some 20 ms),
   * and a page of search results needs only the types', countries' and topics' labels.
   */
  private facet(key: FacetKey): { labels: Map<string, string>; values: string[] } {
    let known = this.facetLabels[key]
    if (!known) {
      const { labels, ids } = this.head.labels[key]
      const values = idsOf(labels, ids)
      known = { values, labels: new Map(values.map((id, i) => [id, labels[i] ?? id])) }
      // Topics are labelled even when no statement carries them yet, so a topic page can say so.
      if (key === 'topic') for (const t of this.head.topics) if (!known.labels.has(t.id)) known.labels.set(t.id, t.label)
      this.facetLabels[key] = known
    }
    return known
  }

  /** A catalog with every row already here: for the build's scripts and for tests. */
  static whole(head: CatalogHead, entries: readonly CatalogEntry[]): Catalog {
    const chunk = (k: number) => entries.slice(k * head.rowsPerChunk, (k + 1) * head.rowsPerChunk)
    const catalog = new Catalog(head, {
      rows: async (k) => chunk(k),
      ids: async () => entries.map((e, doc): [string, number] => [e.id, doc]),
    })
    entries.forEach((entry, doc) => catalog.place(doc, entry))
    return catalog
  }

  /** The row chunk a document is in. */
  chunkOf(doc: number): number {
    return chunkOfDoc(doc, this.rowsPerChunk)
  }

  /** The chunks these documents' rows are in, each once, in the order first asked for. */
  chunksOf(docs: Iterable<number>): number[] {
    const out = new Set<number>()
    for (const doc of docs) out.add(this.chunkOf(doc))
    return [...out]
  }

  isLoaded(doc: number): boolean {
    return this.rows[doc] !== undefined
  }

  /** Fetches one chunk of rows, once however often asked; a failed fetch is tried again next time. */
  loadChunk(chunk: number): Promise<RowChunk> {
    let pending = this.chunks.get(chunk)
    if (!pending) {
      pending = this.load.rows(chunk).then((entries) => {
        const first = chunk * this.rowsPerChunk
        entries.forEach((entry, i) => this.place(first + i, entry))
        return entries
      })
      this.chunks.set(chunk, pending)
      pending.catch(() => this.chunks.delete(chunk))
    }
    return pending
  }

  /**
   * Row chunks fetched elsewhere (the search worker brings the first page's with its results),
   * kept as if this catalog had fetched them. A chunk already here, or on its way, is left be,
   * and so is one without as many rows as its file has: this catalog fetches that one itself.
   */
  prime(chunks: readonly RowChunkAt[]): void {
    for (const { chunk, rows } of chunks) {
      const first = chunk * this.rowsPerChunk
      if (this.chunks.has(chunk) || first >= this.size || rows.length !== Math.min(this.rowsPerChunk, this.size - first)) continue
      rows.forEach((entry, i) => this.place(first + i, entry))
      this.chunks.set(chunk, Promise.resolve(rows))
    }
  }

  /** Fetches the rows of these documents that are not here yet. */
  async ensure(docs: Iterable<number>): Promise<void> {
    const missing = new Set<number>()
    for (const doc of docs) if (!this.isLoaded(doc)) missing.add(this.chunkOf(doc))
    await Promise.all(Array.from(missing, (chunk) => this.loadChunk(chunk)))
  }

  /** These documents' rows, in order, fetched where need be: for exports and lists of every match. */
  async entriesFor(docs: readonly number[]): Promise<CatalogEntry[]> {
    await this.ensure(docs)
    return docs.map((doc) => this.entry(doc))
  }

  /**
   * These documents' ids, in order. A few come from their rows; for many, every id chunk is
   * fetched instead (1,024 ids a file: 25 files for the combined archive), rather than the
   * rows of thousands of statements, eight a file.
   */
  async idsFor(docs: readonly number[]): Promise<string[]> {
    if (docs.length <= IDS_FROM_ROWS) return (await this.entriesFor(docs)).map((entry) => entry.id)
    if (!this.everyId) {
      const attempt = Promise.all(this.head.idStarts.map((_, k) => this.idChunk(k))).then((chunks) => {
        const ids = new Array<string>(this.size)
        for (const chunk of chunks) for (const [id, doc] of chunk) ids[doc] = id
        return ids
      })
      this.everyId = attempt
      attempt.catch(() => {
        if (this.everyId === attempt) this.everyId = undefined
      })
    }
    const ids = await this.everyId
    return docs.map((doc) => ids[doc] as string)
  }

  /** A statement's document number, when its row or its id chunk is here: see `findDoc`. */
  docOf(id: string): number | undefined {
    return this.byId.get(id)
  }

  /** A statement's document number, looked up in the id chunk it would be in; undefined when no statement has it. */
  async findDoc(id: string): Promise<number | undefined> {
    const known = this.byId.get(id)
    if (known !== undefined) return known
    const chunk = idChunkOf(this.head.idStarts, id)
    if (chunk < 0) return undefined
    for (const [other, doc] of await this.idChunk(chunk)) if (other === id) this.byId.set(id, doc)
    return this.byId.get(id)
  }

  /** One id chunk, fetched once however often asked; a failed fetch is tried again next time. */
  private idChunk(chunk: number): Promise<IdChunk> {
    let pending = this.idLookups.get(chunk)
    if (!pending) {
      pending = this.load.ids(chunk)
      this.idLookups.set(chunk, pending)
      pending.catch(() => this.idLookups.delete(chunk))
    }
    return pending
  }

  /** A loaded row; throws RowNotLoaded for one not fetched yet. */
  entry(doc: number): CatalogEntry {
    const entry = this.rows[doc]
    if (entry) return entry
    if (doc >= 0 && doc < this.size) throw new RowNotLoaded(`statement number ${doc} is not loaded yet`)
    throw new RangeError(`no statement number ${doc} in this archive`)
  }

  /** What the page shows for a facet value: a speaker's name, a topic's label, a type's name. */
  label(facet: FacetKey, id: string): string {
    return this.facet(facet).labels.get(id) ?? fallbackLabel(facetByKey(facet), id)
  }

  /** Whether any statement carries this value (or, for topics, the archive defines it). */
  has(facet: FacetKey, id: string): boolean {
    return this.facet(facet).labels.has(id)
  }

  /** Each facet's values, as the archive holds them: what a prerender lists pages for. */
  values(facet: FacetKey): readonly string[] {
    return this.facet(facet).values
  }

  /** The display form of one hit, once its row is here; computed only for the rows on screen. */
  hitAt(results: SearchResults, index: number): CatalogHit | undefined {
    const doc = results.ids[index]
    if (doc === undefined) return undefined
    let hits = this.hitCache.get(results)
    if (!hits) this.hitCache.set(results, (hits = new Map()))
    const cached = hits.get(doc)
    if (cached) return cached
    const entry = this.rows[doc]
    if (!entry) return undefined
    const hit = { entry, titleRanges: highlightRanges(entry.title, results.matchedTerms, results.phrases) }
    hits.set(doc, hit)
    return hit
  }

  private place(doc: number, entry: CatalogEntry): void {
    this.rows[doc] = entry
    this.byId.set(entry.id, doc)
  }
}
