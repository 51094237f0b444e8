import type { CompiledCorpus, Statement, StatementType } from '../corpus/schema.ts'
import { bestSnippet, highlightRanges, type Range, type Snippet } from './highlight.ts'
import type { Ranker } from './ranker.ts'
import type { CatalogFile } from './search-index-build.ts'
import { queryTerms } from './tokenize.ts'

// The search engine: the only module the app asks about statements, their ranking and facets.
// It holds the catalog (what result rows show), loads statement bodies when a snippet or the
// statement page needs them, and delegates text search and filtering to a Ranker (ranker.ts).
//
// Three ways to construct it:
//
//   SearchEngine.fromCatalog(catalogFile, { loadRanker, loadBodies })
//     What the page does. Only the catalog is needed up front. Text searches run in the search
//     worker; the page loads a ranker of its own (`prepare`) only where it must search in place:
//     profiles, saved searches' counts, a statement page's highlighted words, or no worker.
//     This module does not import the ranker, so that its code (Fuse.js included) stays out of
//     the page's first JavaScript.
//
//   inMemoryEngine(corpus)                         (in-memory-engine.ts)
//     Everything built here from a CompiledCorpus (tests, the build scripts). Synchronous.
//
//   await engineFromIndex({ catalog, search, loadShard, loadBodies })   (in-memory-engine.ts)
//     A built index with its ranker loaded at once; posting shards still come on demand.
//
// Then:
//   await engine.prepare(query.q)        // the ranker, and the shards this query's words need
//   const results = engine.search(query) // synchronous; throws when not prepared
//   engine.hitAt(results, i)             // a row: the statement, its title's marked words
//   await engine.snippets(docs, results.matchedTerms) // passages, where no worker finds them
//   await engine.loadBodies([doc])       // full text, for the statement page and exports
// Until its body is loaded, a statement's `paragraphs` is empty and its source unknown.

export type SortOrder = 'relevance' | 'newest' | 'oldest'

export interface SearchQuery {
  q: string
  speakers: readonly string[]
  topics: readonly string[]
  types: readonly StatementType[]
  from?: string | undefined
  to?: string | undefined
  sort: SortOrder
}

export interface FacetCount {
  id: string
  label: string
  count: number
}

export interface SearchHit {
  statement: Statement
  titleRanges: Range[]
}

export interface SearchResults {
  total: number
  /** Ordered hits; snippets are computed lazily, see `hitAt`. */
  ids: readonly number[]
  /** Normalized vocabulary terms that matched: what the UI highlights. */
  matchedTerms: ReadonlySet<string>
  /** Query words no statement contains, even allowing for typos. */
  unmatchedWords: string[]
  /** True when no statement holds every query word and the results hold some of them. */
  partial: boolean
  facets: {
    speakers: FacetCount[]
    topics: FacetCount[]
    types: FacetCount[]
    years: FacetCount[]
  }
}

export interface Expansion {
  term: string
  /** 1 for the exact word, less for typo and prefix matches. */
  weight: number
  /** The term's index in the sorted vocabulary. */
  index: number
}

export type StatementBody = Pick<Statement, 'paragraphs' | 'quotes' | 'source'>

export interface CatalogSource {
  /** Loads the ranker: the search file, with shards on demand. Called again after a failure. */
  loadRanker: () => Promise<Ranker>
  /** Fetches the text of statements, given as document numbers (positions in the catalog). */
  loadBodies?: ((docs: readonly number[]) => Promise<StatementBody[]>) | undefined
}

export class SearchEngine {
  readonly statements: readonly Statement[]
  private readonly byId = new Map<string, number>()
  private readonly speakerNames = new Map<string, string>()
  private readonly topicLabels = new Map<string, string>()
  private ranker: Ranker | undefined
  private rankerLoading: Promise<Ranker> | undefined
  private readonly loadRanker: CatalogSource['loadRanker'] | undefined
  private readonly loadBodiesFrom: CatalogSource['loadBodies']
  private readonly bodiesInFlight = new Map<number, Promise<void>>()
  /** Hits already shown, per result set: a list re-renders on every keystroke and scroll. */
  private readonly hitCache = new WeakMap<SearchResults, Map<number, SearchHit>>()

  constructor(corpus: CompiledCorpus, source: CatalogSource | { ranker: Ranker; loadBodies?: CatalogSource['loadBodies'] }) {
    this.statements = corpus.statements
    for (const t of corpus.topics) this.topicLabels.set(t.id, t.label)
    corpus.statements.forEach((s, doc) => {
      this.byId.set(s.id, doc)
      for (const sp of s.speakers) if (!this.speakerNames.has(sp.id)) this.speakerNames.set(sp.id, sp.name)
    })
    if ('ranker' in source) this.ranker = source.ranker
    else this.loadRanker = source.loadRanker
    this.loadBodiesFrom = source.loadBodies
  }

  /** The page's engine: the catalog now, the ranker when something must search in place. */
  static fromCatalog(file: CatalogFile, source: CatalogSource): SearchEngine {
    return new SearchEngine(catalogCorpus(file), source)
  }

  /** Loads the ranker if need be, then the posting shards the words of `q` live in. */
  async prepare(q: string): Promise<void> {
    await (await this.ensureRanker()).prepare(q)
  }

  private ensureRanker(): Promise<Ranker> {
    if (this.ranker) return Promise.resolve(this.ranker)
    const load = this.loadRanker
    if (!load) return Promise.reject(new Error('this engine has no search index'))
    this.rankerLoading ??= load().then(
      (ranker) => (this.ranker = ranker),
      (error: unknown) => {
        // A failed load is tried again next time, not remembered.
        this.rankerLoading = undefined
        throw error
      },
    )
    return this.rankerLoading
  }

  private readyRanker(): Ranker {
    if (!this.ranker) throw new Error('the search index is not loaded yet: call prepare first')
    return this.ranker
  }

  /**
   * Fetches the paragraphs of the given documents, for snippets and the statement page. A
   * document already on its way is not asked for twice: scrolling a list asks for overlapping
   * windows of rows.
   */
  async loadBodies(docs: readonly number[]): Promise<void> {
    const load = this.loadBodiesFrom
    if (!load) return
    const missing = docs.filter((d) => this.statements[d]?.paragraphs.length === 0 && !this.bodiesInFlight.has(d))
    if (missing.length) {
      const batch = load(missing).then((bodies) => {
        const statements = this.statements as Statement[]
        missing.forEach((doc, i) => {
          const body = bodies[i]
          const s = statements[doc]
          if (body && s) {
            statements[doc] = {
              ...s,
              paragraphs: body.paragraphs,
              ...(body.quotes ? { quotes: body.quotes } : {}),
              ...(body.source ? { source: body.source } : {}),
            }
          }
        })
      })
      const settled = batch.finally(() => missing.forEach((d) => this.bodiesInFlight.delete(d)))
      missing.forEach((d) => this.bodiesInFlight.set(d, settled))
    }
    await Promise.all(docs.map((d) => this.bodiesInFlight.get(d)).filter((p) => p !== undefined))
  }

  /** A statement's document number: its place in the catalog. */
  docOf(id: string): number | undefined {
    return this.byId.get(id)
  }

  getStatement(id: string): Statement | undefined {
    const doc = this.byId.get(id)
    return doc === undefined ? undefined : this.statements[doc]
  }

  speakerName(id: string): string | undefined {
    return this.speakerNames.get(id)
  }

  topicLabel(id: string): string | undefined {
    return this.topicLabels.get(id)
  }

  hasSpeaker(id: string): boolean {
    return this.speakerNames.has(id)
  }

  hasTopic(id: string): boolean {
    return this.topicLabels.has(id)
  }

  /** Every vocabulary term the query stands for: what a statement page highlights. Needs `prepare`. */
  termsFor(q: string): Set<string> {
    if (queryTerms(q).length === 0) return new Set()
    return this.readyRanker().termsFor(q)
  }

  search(query: SearchQuery): SearchResults {
    return this.readyRanker().search(query)
  }

  /** The display form of one hit; computed only for the rows on screen. */
  hitAt(results: SearchResults, index: number): SearchHit | undefined {
    const doc = results.ids[index]
    if (doc === undefined) return undefined
    let hits = this.hitCache.get(results)
    if (!hits) this.hitCache.set(results, (hits = new Map()))
    const cached = hits.get(doc)
    if (cached) return cached
    const statement = this.statements[doc] as Statement
    const hit = { statement, titleRanges: highlightRanges(statement.title, results.matchedTerms) }
    hits.set(doc, hit)
    return hit
  }

  /**
   * The passage of each statement that best shows why it matched, found here: what the search
   * worker does where there is one (search-worker.ts), so that the page never scans long texts.
   */
  async snippets(docs: readonly number[], terms: ReadonlySet<string>): Promise<Snippet[]> {
    await this.loadBodies(docs)
    return docs.map((doc) => bestSnippet(this.statements[doc]?.paragraphs ?? [], terms))
  }
}

/** Catalog entries as statements whose text is still to come. */
export function catalogCorpus(file: CatalogFile): CompiledCorpus {
  return { statements: file.catalog.map((entry) => ({ ...entry, paragraphs: [] })), topics: file.topics }
}
