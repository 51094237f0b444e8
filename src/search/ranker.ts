import { fallbackLabel, FACETS, type FacetKey } from './facets.ts'
import { dateNumber, FilterSets, sortByKey } from './filter-sets.ts'
import type { FacetColumns, SearchFile, TextIndex } from './index-format.ts'
import { PostingStore, type LoadShard } from './posting-store.ts'
import { proximityBonus } from './proximity.ts'
import type { Expansion, FacetCount, SearchQuery, SearchResults } from './search-types.ts'
import { queryTerms } from './tokenize.ts'
import { Vocabulary } from './vocabulary.ts'

// Ranking and filtering: what a text search needs, and nothing a result list shows. The search
// worker holds one of these, loaded from the small search file; the page holds the catalog
// (catalog.ts), and a ranker of its own only where no worker runs (service/search-service.ts).
//
// How a query runs. Fuse.js fuzzy-matches each query word against the corpus vocabulary, never
// the documents (vocabulary.ts keeps Fuse's candidates to a handful of terms); the word being
// typed also stands for the terms it begins. An inverted index of compact posting lists
// (postings.ts) ranks statements with BM25 over weighted fields (speakers 4, title 3, topics 2,
// body 1); the top of the ranking gets a bonus when the words stand together (proximity.ts).
// Filters are precomputed id sets (filter-sets.ts); facet counts are disjunctive.
//
// `prepare(q)` fetches the posting shards the words of q live in; `search` is synchronous and
// throws when a needed shard was not prepared, rather than answer incompletely.

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

export class Ranker {
  readonly size: number
  /** Per facet, each value's label, for the counts. */
  private readonly labels: Record<FacetKey, Map<string, string>>
  private readonly vocabulary: Vocabulary
  private readonly store: PostingStore
  private readonly filters: FilterSets
  /** K1 · (1 − B + B · length / average length), per document: BM25's length term. */
  private readonly lengthNorm: Float32Array
  /** Documents newest first (ties in catalog order), and each document's place in that order. */
  private readonly newestOrder: Int32Array
  private readonly newestRank: Int32Array
  private readonly expansionCache = new Map<string, Expansion[]>()
  // Per-query scratch, reused: allocating arrays the corpus's size on every keystroke would
  // give the garbage collector most of the work.
  private readonly total: Float64Array
  private readonly hits: Uint8Array
  private readonly wordBest: Float64Array
  private readonly wordStamp: Int32Array
  private stamp = 0

  constructor(columns: FacetColumns, text: TextIndex, store: PostingStore) {
    const n = columns.dates.length
    this.size = n
    this.store = store
    this.vocabulary = new Vocabulary(text.terms, store.df)
    this.labels = {} as Record<FacetKey, Map<string, string>>
    for (const { key } of FACETS) {
      const { values, labels } = columns.facets[key]
      this.labels[key] = new Map(values.map((id, c) => [id, labels[c] ?? id]))
    }
    let sum = 0
    for (const len of text.docLength) sum += len
    const avg = sum / Math.max(1, n) || 1
    this.lengthNorm = new Float32Array(n)
    for (let doc = 0; doc < n; doc++) this.lengthNorm[doc] = K1 * (1 - B + (B * (text.docLength[doc] as number)) / avg)
    this.filters = new FilterSets(columns)
    this.newestOrder = sortByKey(Int32Array.from(columns.dates, dateNumber), -1)
    this.newestRank = new Int32Array(n)
    this.newestOrder.forEach((doc, rank) => (this.newestRank[doc] = rank))
    this.total = new Float64Array(n)
    this.hits = new Uint8Array(n)
    this.wordBest = new Float64Array(n)
    this.wordStamp = new Int32Array(n)
  }

  /** A ranker over a built search file; posting shards are fetched on demand. */
  static fromFile(file: SearchFile, loadShard: LoadShard): Ranker {
    const store = new PostingStore(file.shardStarts, Int32Array.from(file.df), loadShard)
    return new Ranker(file.columns, file, store)
  }

  /** Fetches the posting shards the words of `q` need. A no-op when they are here. */
  async prepare(q: string): Promise<void> {
    const words = queryTerms(q)
    const indices: number[] = []
    words.forEach((word, i) => {
      for (const e of this.expand(word, i === words.length - 1)) indices.push(e.index)
    })
    await this.store.ensure(indices)
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
      term: this.vocabulary.termAt(index),
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
      return { total: ids.length, ids, matchedTerms, unmatchedWords, partial: false, ...this.facets(null, mask, query) }
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
    const counts = this.facets(candidates, mask, query)
    for (const doc of touched) {
      this.total[doc] = 0
      this.hits[doc] = 0
    }
    return { total: ids.length, ids, matchedTerms, unmatchedWords, partial, ...counts }
  }

  /**
   * BM25 per word, summed over words into `total`, with `hits` counting the words each
   * statement holds. A statement matching one word through several spellings counts the best.
   * Returns the statements touched; the caller clears their scratch entries.
   */
  private accumulate(perWord: readonly Expansion[][]): number[] {
    const n = this.size
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
    const rankSpan = 2 ** Math.ceil(Math.log2(this.size + 1))
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

  private facets(candidates: readonly number[] | null, mask: Uint8Array | null, query: SearchQuery): Pick<SearchResults, 'facets' | 'years'> {
    const counts = this.filters.count(candidates, mask)
    const facets = {} as SearchResults['facets']
    for (const facet of FACETS) {
      const { key } = facet
      const found = counts.facets[key]
      // Selected values stay listed with a zero count, so they can still be unticked.
      for (const id of query[key]) if (!found.has(id)) found.set(id, 0)
      const labels = this.labels[key]
      facets[key] = Array.from(found, ([id, count]): FacetCount => ({ id, label: labels.get(id) ?? fallbackLabel(facet, id), count })).sort(
        (a, b) => b.count - a.count || a.label.localeCompare(b.label),
      )
    }
    const years = Array.from(counts.years, ([id, count]) => ({ id, label: id, count })).sort((a, b) => b.id.localeCompare(a.id))
    return { facets, years }
  }
}
