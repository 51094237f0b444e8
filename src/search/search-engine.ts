import type { CompiledCorpus, Statement, StatementType } from '../corpus/schema.ts'
import { FilterSets } from './filter-sets.ts'
import { bestSnippet, highlightRanges, type Range, type Snippet } from './highlight.ts'
import { PostingStore, type LoadShard } from './posting-store.ts'
import { proximityBonus } from './proximity.ts'
import { buildSearchIndex, type SearchIndexManifest } from './search-index-build.ts'
import { queryTerms } from './tokenize.ts'
import { Vocabulary } from './vocabulary.ts'

// The search engine: the only module the app asks about statements, their ranking and facets.
//
// How a query runs. Fuse.js fuzzy-matches each query word against the corpus vocabulary, never
// the documents (vocabulary.ts keeps Fuse's candidates to a handful of terms); the word being
// typed also stands for the terms it begins. An inverted index of compact posting lists
// (postings.ts) ranks statements with BM25 over weighted fields (speakers 4, title 3, topics 2,
// body 1); the top of the ranking gets a bonus when the words stand together (proximity.ts).
// Filters are precomputed id sets (filter-sets.ts); facet counts are disjunctive.
//
// Two ways to construct it:
//
//   new SearchEngine(corpus)
//     Builds the index in memory from a CompiledCorpus (what the app loads today). Synchronous;
//     every posting shard is present, so `search` can be called at once.
//
//   const engine = await SearchEngine.fromIndex({ manifest, loadShard, loadBodies })
//     Starts from a prebuilt index (search-index-build.ts: `buildSearchIndex` at build time,
//     the manifest as JSON, shards as binary files). Only the manifest is needed up front: list
//     metadata, topics, document lengths and the vocabulary. Posting shards are fetched on
//     demand, statement bodies only for snippets and the statement page. A Web Worker would:
//       await engine.prepare(query.q)        // fetch the shards this query's words live in
//       const results = engine.search(query) // synchronous, as before
//       await engine.loadBodies(results.ids.slice(0, 20)) // paragraphs for the visible snippets
//       engine.hitAt(results, i)
//     `search` throws when a needed shard was not prepared, rather than answer incompletely.
//     Until its body is loaded, a statement's `paragraphs` is empty and its snippet too.

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
  score: number
  titleRanges: Range[]
  snippet: Snippet
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

export interface IndexSource {
  manifest: SearchIndexManifest
  /** Fetches one posting shard; called at most once per shard. */
  loadShard: LoadShard
  /** Fetches the text of statements, given as document numbers (positions in the catalog). */
  loadBodies?: (docs: readonly number[]) => Promise<Array<Pick<Statement, 'paragraphs' | 'quotes'>>>
}

const K1 = 1.2
const B = 0.75
/** How much a phrase lifts a statement's score: up to half again. */
const PHRASE_WEIGHT = 0.5
/** Statements re-ranked with the phrase bonus; positions are decoded for these only. */
const PHRASE_TOP = 100
const MIN_FUZZY_LENGTH = 4
const FUZZY_WEIGHT = 0.8
const FUZZY_WEIGHT_TYPING = 0.55
const FUZZY_WEIGHT_KNOWN = 0.3
const PREFIX_WEIGHT = 0.6
const DF_PRIOR = 0.3
const MAX_COMPLETIONS = 50

export class SearchEngine {
  readonly statements: readonly Statement[]
  private readonly byId = new Map<string, number>()
  private readonly speakerNames = new Map<string, string>()
  private readonly topicLabels = new Map<string, string>()
  private readonly vocabulary: Vocabulary
  private readonly store: PostingStore
  private readonly filters: FilterSets
  /** K1 · (1 − B + B · length / average length), per document: BM25's length term. */
  private readonly lengthNorm: Float32Array
  /** Documents newest first (ties by id), and each document's place in that order. */
  private readonly newestOrder: Int32Array
  private readonly newestRank: Int32Array
  private readonly expansionCache = new Map<string, Expansion[]>()
  private readonly loadBodiesFrom: IndexSource['loadBodies']
  private readonly bodiesInFlight = new Map<number, Promise<void>>()
  /** Hits already shown, per result set: a list re-renders on every keystroke and scroll. */
  private readonly hitCache = new WeakMap<SearchResults, Map<number, SearchHit>>()
  // Per-query scratch, reused: allocating arrays the corpus's size on every keystroke would
  // give the garbage collector most of the work.
  private readonly total: Float64Array
  private readonly hits: Uint8Array
  private readonly wordBest: Float64Array
  private readonly wordStamp: Int32Array
  private stamp = 0

  constructor(
    corpus: CompiledCorpus,
    /** For `fromIndex`: an index built elsewhere, instead of building one from `corpus`. */
    prebuilt?: { manifest: SearchIndexManifest; store: PostingStore; loadBodies?: IndexSource['loadBodies'] },
  ) {
    this.statements = corpus.statements
    let manifest: SearchIndexManifest
    let vocabulary: Vocabulary
    if (prebuilt) {
      manifest = prebuilt.manifest
      vocabulary = new Vocabulary(manifest.terms ? manifest.terms.split('\n') : [], manifest.df)
      this.store = prebuilt.store
    } else {
      const parts = buildSearchIndex(corpus)
      manifest = parts.manifest
      vocabulary = new Vocabulary(manifest.terms ? manifest.terms.split('\n') : [], manifest.df)
      this.store = new PostingStore(manifest.shardStarts, vocabulary.df)
      parts.shards.forEach((bytes, i) => this.store.addShard(i, bytes))
    }
    this.vocabulary = vocabulary
    this.loadBodiesFrom = prebuilt?.loadBodies
    for (const t of corpus.topics) this.topicLabels.set(t.id, t.label)
    corpus.statements.forEach((s, doc) => {
      this.byId.set(s.id, doc)
      for (const sp of s.speakers) if (!this.speakerNames.has(sp.id)) this.speakerNames.set(sp.id, sp.name)
    })
    const n = corpus.statements.length
    const avg = manifest.docLength.reduce((a, b) => a + b, 0) / Math.max(1, n)
    this.lengthNorm = Float32Array.from(manifest.docLength, (len) => K1 * (1 - B + (B * len) / (avg || 1)))
    this.filters = new FilterSets(corpus.statements)
    this.newestOrder = Int32Array.from(corpus.statements.keys()).sort((a, b) => this.compareNewest(a, b))
    this.newestRank = new Int32Array(n)
    this.newestOrder.forEach((doc, rank) => (this.newestRank[doc] = rank))
    this.total = new Float64Array(n)
    this.hits = new Uint8Array(n)
    this.wordBest = new Float64Array(n)
    this.wordStamp = new Int32Array(n)
  }

  /** An engine over a prebuilt index; see the top of this file. */
  static async fromIndex(source: IndexSource): Promise<SearchEngine> {
    const { manifest } = source
    const corpus: CompiledCorpus = {
      statements: manifest.catalog.map((entry) => ({ ...entry, paragraphs: [] })),
      topics: manifest.topics,
    }
    const store = new PostingStore(manifest.shardStarts, Int32Array.from(manifest.df), source.loadShard)
    return new SearchEngine(corpus, { manifest, store, loadBodies: source.loadBodies })
  }

  /** Fetches the posting shards the words of `q` need. A no-op for an in-memory engine. */
  async prepare(q: string): Promise<void> {
    const words = queryTerms(q)
    const indices: number[] = []
    words.forEach((word, i) => {
      for (const e of this.expand(word, i === words.length - 1)) indices.push(e.index)
    })
    await this.store.ensure(indices)
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
          if (body && s) statements[doc] = { ...s, paragraphs: body.paragraphs, ...(body.quotes ? { quotes: body.quotes } : {}) }
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

  /**
   * The vocabulary terms a query word stands for: itself, words within a typo or two, and (for
   * the word being typed) words it begins. Short words are matched exactly: at three letters a
   * typo budget matches half the dictionary.
   */
  expand(word: string, isLast: boolean): Expansion[] {
    const key = `${word}|${isLast}`
    const cached = this.expansionCache.get(key)
    if (cached) return cached
    const found = new Map<number, number>()
    const exact = this.vocabulary.indexOf(word)
    if (exact >= 0) found.set(exact, 1)
    if (word.length >= MIN_FUZZY_LENGTH) {
      // Fuse scores 0 for a perfect match. A typo reading counts for at most 0.8 of an exact
      // match; far less when the word is itself in the corpus (then it is rarely a typo), and
      // less than a completion for the word being typed (then it is probably unfinished).
      // Among readings equally close, the common word is the likelier meaning: without that
      // prior, BM25's idf would put a rare near-miss above the word that was meant.
      const most = exact >= 0 ? FUZZY_WEIGHT_KNOWN : isLast ? FUZZY_WEIGHT_TYPING : FUZZY_WEIGHT
      const matches = this.vocabulary.fuzzy(word)
      const maxDf = Math.max(1, ...matches.map((m) => this.vocabulary.df[m.index] as number))
      for (const m of matches) {
        const prior = ((this.vocabulary.df[m.index] as number) / maxDf) ** DF_PRIOR
        const weight = most * (1 - m.score) * prior
        if (weight > (found.get(m.index) ?? 0)) found.set(m.index, weight)
      }
    }
    if (isLast && word.length >= 2) {
      for (const index of this.vocabulary.completions(word, MAX_COMPLETIONS)) {
        if (!found.has(index) || (found.get(index) as number) < PREFIX_WEIGHT) found.set(index, PREFIX_WEIGHT)
      }
    }
    const expansions = Array.from(found, ([index, weight]) => ({
      term: this.vocabulary.terms[index] as string,
      weight,
      index,
    }))
    if (this.expansionCache.size > 5000) this.expansionCache.clear()
    this.expansionCache.set(key, expansions)
    return expansions
  }

  /** Every vocabulary term the query stands for: what a statement page highlights. */
  termsFor(q: string): Set<string> {
    const words = queryTerms(q)
    const terms = new Set<string>()
    words.forEach((word, i) => {
      for (const e of this.expand(word, i === words.length - 1)) terms.add(e.term)
    })
    return terms
  }

  search(query: SearchQuery): SearchResults {
    const words = queryTerms(query.q)
    const mask = this.filters.failMask(query)
    const matchedTerms = new Set<string>()
    const unmatchedWords: string[] = []

    if (words.length === 0) {
      const ids: number[] = []
      const order = this.newestOrder
      const n = order.length
      for (let k = 0; k < n; k++) {
        const doc = order[query.sort === 'oldest' ? n - 1 - k : k] as number
        if (!mask || mask[doc] === 0) ids.push(doc)
      }
      return { total: ids.length, ids, matchedTerms, unmatchedWords, partial: false, facets: this.facets(null, mask, query) }
    }

    const perWord = words.map((word, i) => {
      const expansions = this.expand(word, i === words.length - 1)
      if (expansions.length === 0) unmatchedWords.push(word)
      for (const e of expansions) matchedTerms.add(e.term)
      return expansions
    })
    const touched = this.accumulate(perWord)
    // Every word must match; when no statement holds them all, any of them will do.
    let candidates = touched.filter((doc) => this.hits[doc] === words.length)
    let partial = false
    if (candidates.length === 0 && words.length > 1) {
      candidates = touched
      partial = candidates.length > 0
    }
    const ranked = mask ? candidates.filter((doc) => mask[doc] === 0) : candidates
    let ids: number[]
    if (query.sort === 'relevance') {
      ids = this.rankByScore(ranked)
      if (words.length > 1) this.applyPhraseBonus(ids, perWord)
    } else {
      ids = this.rankByDate(ranked, query.sort === 'oldest')
    }
    const facets = this.facets(candidates, mask, query)
    for (const doc of touched) {
      this.total[doc] = 0
      this.hits[doc] = 0
    }
    return { total: ids.length, ids, matchedTerms, unmatchedWords, partial, facets }
  }

  /**
   * BM25 per word, summed over words into `total`, with `hits` counting the words each
   * statement holds. A statement matching one word through several spellings counts the best.
   * Returns the statements touched; the caller clears their scratch entries.
   */
  private accumulate(perWord: readonly Expansion[][]): number[] {
    const n = this.statements.length
    const touched: number[] = []
    const { total, hits, wordBest, wordStamp, lengthNorm } = this
    for (const expansions of perWord) {
      const stamp = ++this.stamp
      const wordDocs: number[] = []
      for (const { index, weight } of expansions) {
        const list = this.store.postings(index)
        const df = list.length
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
        const factor = weight * idf * (K1 + 1)
        const { docs, weightedTf } = list
        for (let k = 0; k < df; k++) {
          const doc = docs[k] as number
          const tf = weightedTf[k] as number
          const s = (factor * tf) / (tf + (lengthNorm[doc] as number))
          if (wordStamp[doc] !== stamp) {
            wordStamp[doc] = stamp
            wordBest[doc] = s
            wordDocs.push(doc)
          } else if (s > (wordBest[doc] as number)) {
            wordBest[doc] = s
          }
        }
      }
      for (const doc of wordDocs) {
        if (hits[doc] === 0) touched.push(doc)
        hits[doc] = (hits[doc] as number) + 1
        total[doc] = (total[doc] as number) + (wordBest[doc] as number)
      }
    }
    if (this.stamp > 2 ** 30) {
      this.stamp = 0
      wordStamp.fill(0)
    }
    return touched
  }

  /**
   * Highest score first, ties newest first. Score and rank are packed into one float so that
   * a native typed-array sort does the work: a comparator sort of 100,000 statements costs
   * tens of milliseconds. Scores are compared to 1e-6, which only matters for exact ties.
   */
  private rankByScore(docs: readonly number[]): number[] {
    const rankSpan = 2 ** Math.ceil(Math.log2(this.statements.length + 1))
    const maxScore = Math.floor(2 ** 52 / rankSpan) - 1
    const keys = new Float64Array(docs.length)
    docs.forEach((doc, i) => {
      const q = Math.min(maxScore, Math.round((this.total[doc] as number) * 1e6))
      keys[i] = (maxScore - q) * rankSpan + (this.newestRank[doc] as number)
    })
    keys.sort()
    return Array.from(keys, (key) => this.newestOrder[key % rankSpan] as number)
  }

  private rankByDate(docs: readonly number[], oldestFirst: boolean): number[] {
    const ranks = Int32Array.from(docs, (doc) => this.newestRank[doc] as number).sort()
    const ids = Array.from(ranks, (rank) => this.newestOrder[rank] as number)
    return oldestFirst ? ids.reverse() : ids
  }

  /** Re-ranks the top of `ids` in place, lifting statements where the words stand together. */
  private applyPhraseBonus(ids: number[], perWord: readonly Expansion[][]): void {
    const top = ids.slice(0, PHRASE_TOP)
    const boosted = top.map((doc) => {
      const positions = perWord.map((expansions) => {
        const all: number[] = []
        for (const { index } of expansions) {
          const list = this.store.postings(index)
          const k = list.find(doc)
          if (k >= 0) all.push(...list.positionsAt(k))
        }
        return all.sort((a, b) => a - b)
      })
      return { doc, score: (this.total[doc] as number) * (1 + PHRASE_WEIGHT * proximityBonus(positions)) }
    })
    boosted.sort((a, b) => b.score - a.score || (this.newestRank[a.doc] as number) - (this.newestRank[b.doc] as number))
    boosted.forEach(({ doc }, i) => (ids[i] = doc))
  }

  private facets(candidates: readonly number[] | null, mask: Uint8Array | null, query: SearchQuery): SearchResults['facets'] {
    const counts = this.filters.count(candidates, mask)
    // Selected values stay listed with a zero count, so they can still be unticked.
    for (const id of query.speakers) if (!counts.speakers.has(id)) counts.speakers.set(id, 0)
    for (const id of query.topics) if (!counts.topics.has(id)) counts.topics.set(id, 0)
    for (const id of query.types) if (!counts.types.has(id)) counts.types.set(id, 0)
    const byCount = (m: Map<string, number>, label: (id: string) => string) =>
      Array.from(m, ([id, count]) => ({ id, label: label(id), count })).sort(
        (a, b) => b.count - a.count || a.label.localeCompare(b.label),
      )
    return {
      speakers: byCount(counts.speakers, (id) => this.speakerNames.get(id) ?? id),
      topics: byCount(counts.topics, (id) => this.topicLabels.get(id) ?? id),
      types: byCount(counts.types, (id) => id),
      years: Array.from(counts.years, ([id, count]) => ({ id, label: id, count })).sort((a, b) =>
        b.id.localeCompare(a.id),
      ),
    }
  }

  private compareNewest(a: number, b: number): number {
    const sa = this.statements[a] as Statement
    const sb = this.statements[b] as Statement
    return sb.date.localeCompare(sa.date) || sa.id.localeCompare(sb.id)
  }

  /** The display form of one hit; computed only for the rows on screen. */
  hitAt(results: SearchResults, index: number): SearchHit | undefined {
    const doc = results.ids[index]
    if (doc === undefined) return undefined
    const statement = this.statements[doc] as Statement
    let hits = this.hitCache.get(results)
    if (!hits) this.hitCache.set(results, (hits = new Map()))
    const cached = hits.get(doc)
    // A statement whose body arrived since is a new object: its snippet is computed afresh.
    if (cached?.statement === statement) return cached
    const hit = {
      statement,
      score: 0,
      titleRanges: highlightRanges(statement.title, results.matchedTerms),
      snippet: bestSnippet(statement.paragraphs, results.matchedTerms),
    }
    hits.set(doc, hit)
    return hit
  }
}
