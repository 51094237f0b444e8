import { monthCount } from '../corpus/partial-date.ts'
import { fallbackLabel, FACETS, LABEL_COLLATOR, type FacetKey } from './facets.ts'
import { FilterSets, sortByKey } from './filter-sets.ts'
import { FIELD_POSITIONS, type FacetColumns, type SearchFile, type TextIndex } from './index-format.ts'
import { PostingStore, type LoadShard } from './posting-store.ts'
import { proximityBonus } from './proximity.ts'
import { hasPhraseRun, RunScratch, type PostingList } from './postings.ts'
import { parseQuery, usesSyntax, type QueryTerm } from './query-syntax.ts'
import { planQuery, TermExpander } from './term-expander.ts'
import type { Correction, Expansion, FacetCount, Highlight, SearchQuery, SearchResults, TimelineColumns } from './search-types.ts'
import { Vocabulary } from './vocabulary.ts'

// Ranking and filtering: what a text search needs, and nothing a result list shows. The search
// worker holds one of these, loaded from the small search file; the page holds the catalog
// (catalog.ts), and a ranker of its own only where no worker runs (service/search-service.ts).
//
// How a query runs. Fuse.js fuzzy-matches each query word against the corpus vocabulary, never
// the documents (term-expander.ts; vocabulary.ts keeps Fuse's candidates to a handful of
// terms); the word being typed also stands for the terms it begins. An inverted index of compact posting lists
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

/**
 * Facet rows most counted first, then by label (`order`: each value's place among the labels),
 * ties in the order given. Sorted as packed numbers in a typed array, natively: a comparator
 * sort of a speaker facet's thousands of rows cost more than ranking the statements.
 */
function sortFacetRows(rows: FacetCount[], order: ReadonlyMap<string, number>): FacetCount[] {
  const n = rows.length
  const places = order.size + 1
  let most = 0
  for (const row of rows) if (row.count > most) most = row.count
  const byLabel = (a: FacetCount, b: FacetCount) => b.count - a.count || LABEL_COLLATOR.compare(a.label, b.label)
  // Past 2^53 the packed keys would lose their low digits.
  if ((most + 1) * places * n >= 2 ** 53) return rows.sort(byLabel)
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const row = rows[i] as FacetCount
    const place = order.get(row.id)
    // A value selected but in no statement has no place: compare labels, as before.
    if (place === undefined) return rows.sort(byLabel)
    keys[i] = ((most - row.count) * places + place) * n + i
  }
  keys.sort()
  const out = new Array<FacetCount>(n)
  for (let i = 0; i < n; i++) out[i] = rows[(keys[i] as number) % n] as FacetCount
  return out
}

/**
 * Each value's place among the labels, equal labels sharing one. The build writes a facet's
 * values in label order (facetColumns), so one pass checks that and numbers them: sorting the
 * combined archive's 5,000 labels took 15 to 30 ms of the worker's start, before every first
 * search. A browser whose default locale orders them otherwise sorts them itself.
 */
function labelPlaces(values: Array<[id: string, label: string]>): Map<string, number> {
  const compare = (a: [string, string], b: [string, string]) => LABEL_COLLATOR.compare(a[1], b[1])
  for (let i = 1; i < values.length; i++) {
    if (compare(values[i - 1] as [string, string], values[i] as [string, string]) > 0) {
      values.sort(compare)
      break
    }
  }
  const order = new Map<string, number>()
  let place = 0
  values.forEach((value, i) => {
    if (i > 0 && compare(values[i - 1] as [string, string], value) !== 0) place = i
    order.set(value[0], place)
  })
  return order
}

export class Ranker {
  readonly size: number
  /** Each statement's date as recorded, by document number. */
  readonly dates: readonly string[]
  /** Per facet, each value's label, for the counts. */
  private readonly labels: Record<FacetKey, Map<string, string>>
  /**
   * Per facet, each value's place in the order of labels (equal labels share one): facet counts
   * sort by it instead of comparing strings, since a speaker facet of thousands of values
   * sorted with localeCompare took longer than the ranking itself.
   */
  private readonly labelOrder: Record<FacetKey, Map<string, number>>
  private readonly vocabulary: Vocabulary
  private readonly store: PostingStore
  private readonly filters: FilterSets
  /** K1 · (1 − B + B · length / average length), per document: BM25's length term. */
  private readonly lengthNorm: Float32Array
  /** Documents newest first (ties in catalog order), and each document's place in that order. */
  private readonly newestOrder: Int32Array
  private readonly newestRank: Int32Array
  private readonly expander: TermExpander
  /** Each statement's monthCount, for timelines; made on the first one. */
  private monthCounts: Int32Array | undefined
  // Per-query scratch, reused: allocating arrays the corpus's size on every keystroke would
  // give the garbage collector most of the work.
  private readonly total: Float64Array
  private readonly hits: Uint8Array
  private readonly corrected: Uint8Array
  private readonly wordExact: Uint8Array
  private readonly wordBest: Float64Array
  private readonly wordStamp: Int32Array
  private stamp = 0

  /** `vocabulary`: the terms, held whole unless given in parts (chunked-vocabulary.ts), sharing the store's frequencies. */
  /** `expander`: one already at work on that vocabulary, whose expansions are then not found again. */
  constructor(columns: FacetColumns, text: TextIndex, store: PostingStore, vocabulary?: Vocabulary, expander?: TermExpander) {
    const n = columns.dates.length
    this.size = n
    this.dates = columns.dates
    this.store = store
    this.vocabulary = vocabulary ?? new Vocabulary(text.terms, store.df)
    this.expander = expander ?? new TermExpander(this.vocabulary)
    this.labels = {} as Record<FacetKey, Map<string, string>>
    for (const { key } of FACETS) {
      const { values, labels } = columns.facets[key]
      this.labels[key] = new Map(values.map((id, c) => [id, labels[c] ?? id]))
    }
    this.labelOrder = {} as Record<FacetKey, Map<string, number>>
    for (const { key } of FACETS) {
      this.labelOrder[key] = labelPlaces([...this.labels[key]])
    }
    let sum = 0
    for (const len of text.docLength) sum += len
    const avg = sum / Math.max(1, n) || 1
    this.lengthNorm = new Float32Array(n)
    for (let doc = 0; doc < n; doc++) this.lengthNorm[doc] = K1 * (1 - B + (B * (text.docLength[doc] as number)) / avg)
    this.filters = new FilterSets(columns)
    this.newestOrder = sortByKey(this.filters.dateStart, -1)
    this.newestRank = new Int32Array(n)
    for (let rank = 0; rank < n; rank++) this.newestRank[this.newestOrder[rank] as number] = rank
    this.total = new Float64Array(n)
    this.hits = new Uint8Array(n)
    this.corrected = new Uint8Array(n)
    this.wordExact = new Uint8Array(n)
    this.wordBest = new Float64Array(n)
    this.wordStamp = new Int32Array(n)
  }

  /**
   * A ranker over a built search file; posting shards are fetched on demand. `loadPositions`:
   * the shards' positions as files of their own, fetched only for queries that read them.
   * `expander`: the vocabulary's, when its expansions were found already (search-side.ts
   * expands the opened query ahead, and Fuse over a cold vocabulary is tens of milliseconds).
   */
  static fromFile(file: SearchFile, loadShard: LoadShard, vocabulary?: Vocabulary, loadPositions?: LoadShard, expander?: TermExpander): Ranker {
    const store = new PostingStore(file.shardStarts, vocabulary?.df ?? Int32Array.from(file.df), loadShard, loadPositions)
    return new Ranker(file.columns, file, store, vocabulary, expander)
  }

  /** Where a timeline places each of these statements: from the columns, no catalog rows needed. */
  timelineColumns(docs: ArrayLike<number>): TimelineColumns {
    const months = (this.monthCounts ??= Int32Array.from(this.dates, monthCount))
    const topics = this.filters.firstValues('topic', docs)
    const speakers = this.filters.firstValues('speaker', docs)
    return {
      months: Int32Array.from(docs, (doc) => months[doc] as number),
      topics: topics.codes,
      topicIds: topics.ids,
      speakers: speakers.codes,
      speakerIds: speakers.ids,
    }
  }

  /**
   * Fetches the parts of the vocabulary and the posting shards every term of `q` needs. A
   * no-op when they are here. Each word's own shard is asked for with the vocabulary's parts,
   * from its spelling: most words need no other, and so no second round trip.
   */
  async prepare(q: string, options: { positions?: boolean; signal?: AbortSignal } = {}): Promise<void> {
    const plan = planQuery(q, this.vocabulary, options.positions)
    this.store.prefetch(plan.guessedShards, plan.positions, options.signal)
    const indices = await this.expander.load(plan.terms)
    return this.store.ensure(indices, plan.positions, options.signal)
  }


  /** The terms one query term reads (term-expander.ts). */
  termExpansions(term: QueryTerm): Expansion[] {
    return this.expander.termExpansions(term)
  }

  /** Every term and phrase the query stands for: what a statement page highlights. */
  highlightFor(q: string): Highlight {
    const parsed = parseQuery(q)
    const terms = new Set<string>()
    const phrases: string[][] = []
    for (const term of parsed.clauses.flat()) {
      if (term.kind === 'phrase') phrases.push(term.words)
      else for (const e of this.expander.termExpansions(term)) terms.add(e.term)
    }
    return { terms: [...terms], phrases }
  }

  search(query: SearchQuery): SearchResults {
    const found = this.match(query)
    const { ranked, candidates, perWord, mask } = found
    let ids: number[]
    if (query.sort === 'relevance' && found.scored) {
      // Statements matched as typed come before those matched only through a typo reading.
      const byCorrections = new Map<number, number[]>()
      for (const doc of ranked) {
        const k = this.corrected[doc] as number
        let group = byCorrections.get(k)
        if (!group) byCorrections.set(k, (group = []))
        group.push(doc)
      }
      ids = []
      for (const k of [...byCorrections.keys()].sort((a, b) => a - b)) {
        const group = this.rankByScore(byCorrections.get(k) as number[])
        // Mostly one group: flatMap or a spread of ten thousand ids would copy them slowly.
        if (ids.length === 0) ids = group
        else for (const doc of group) ids.push(doc)
      }
      if (perWord.length > 1 && byCorrections.size <= 1) this.applyPhraseBonus(ids, perWord)
    } else {
      ids = this.rankByDate(ranked, query.sort === 'oldest')
    }
    const counts = this.facets(found.scored ? candidates : null, mask, query)
    found.release()
    const { matchedTerms, phrases, corrections, unmatchedWords, partial } = found
    return { total: ids.length, ids, matchedTerms, phrases, corrections, unmatchedWords, partial, ...counts }
  }

  /**
   * The statements a query and its filters leave, unordered, for callers that only count them
   * (trends). Cheaper than `search`: no ranking and no facet counts.
   */
  matching(query: Omit<SearchQuery, 'sort'>): number[] {
    // A count is taken at its word: no falling back to statements that hold some of the words.
    const found = this.match({ ...query, sort: 'newest' }, false)
    found.release()
    return found.ranked
  }

  /** The statements a query matches, before ranking; `release` clears the per-query scratch. */
  private match(query: SearchQuery, fallBack = true) {
    const parsed = parseQuery(query.q)
    const mask = this.filters.failMask(query)
    const matchedTerms = new Set<string>()
    const phrases: string[][] = []
    const unmatchedWords: string[] = []
    const corrections: Correction[] = []

    const perWord: Expansion[][] = []
    const touched: number[] = []
    const release = () => {
      for (const doc of touched) {
        this.total[doc] = 0
        this.hits[doc] = 0
        this.corrected[doc] = 0
      }
      touched.length = 0
    }
    if (parsed.clauses.length === 0 && parsed.excluded.length === 0) {
      // No words: every statement the filters leave, in archive order (newest first).
      const ranked: number[] = []
      for (let doc = 0; doc < this.size; doc++) if (!mask || mask[doc] === 0) ranked.push(doc)
      return { scored: false, ranked, candidates: ranked, perWord, mask, matchedTerms, phrases, corrections, unmatchedWords, partial: false, release }
    }

    // Exclusions first: a statement holding any excluded word or phrase, exactly, is left out.
    const excluded = this.excludedDocs(parsed.excluded)

    // Each clause marks the statements it matches: `hits` counts clauses, `total` sums each
    // clause's best score, `corrected` counts clauses matched only through a typo reading.
    for (const clause of parsed.clauses) {
      const stamp = ++this.stamp
      const clauseDocs: number[] = []
      const note = (doc: number, score: number, exact: boolean) => {
        if (this.wordStamp[doc] !== stamp) {
          this.wordStamp[doc] = stamp
          this.wordBest[doc] = score
          this.wordExact[doc] = exact ? 1 : 0
          clauseDocs.push(doc)
        } else {
          if (score > (this.wordBest[doc] as number)) this.wordBest[doc] = score
          if (exact) this.wordExact[doc] = 1
        }
      }
      for (const term of clause) {
        if (term.kind === 'phrase') {
          phrases.push(term.words)
          this.phraseDocs(term, note)
          continue
        }
        const expansions = this.expander.termExpansions(term)
        if (expansions.length === 0) unmatchedWords.push(term.words[0] as string)
        for (const e of expansions) matchedTerms.add(e.term)
        if (term.kind === 'word' && !term.titleOnly) perWord.push(expansions)
        const correction = this.correctionOf(term, expansions)
        if (correction) corrections.push(correction)
        this.expansionDocs(expansions, term.titleOnly, note)
      }
      for (const doc of clauseDocs) {
        if (this.hits[doc] === 0) touched.push(doc)
        this.hits[doc] = (this.hits[doc] as number) + 1
        this.total[doc] = (this.total[doc] as number) + (this.wordBest[doc] as number)
        if (!this.wordExact[doc]) this.corrected[doc] = (this.corrected[doc] as number) + 1
      }
    }
    if (this.stamp > 2 ** 30) {
      this.stamp = 0
      this.wordStamp.fill(0)
    }

    const clauses = parsed.clauses.length
    const allowed = (doc: number) => !excluded?.has(doc)
    let candidates: number[]
    let partial = false
    if (clauses === 0) {
      // Only exclusions: everything but what they leave out.
      candidates = []
      for (let doc = 0; doc < this.size; doc++) if (allowed(doc)) candidates.push(doc)
    } else {
      candidates = touched.filter((doc) => this.hits[doc] === clauses && allowed(doc))
      // Plain words that no statement holds together: any of them will do, and the page says
      // so. A query with phrases, OR or exclusions is taken at its word: its count is exact.
      if (fallBack && candidates.length === 0 && clauses > 1 && !usesSyntax(parsed)) {
        candidates = touched.filter(allowed)
        partial = candidates.length > 0
      }
    }
    const ranked = mask ? candidates.filter((doc) => mask[doc] === 0) : candidates
    return { scored: true, ranked, candidates, perWord, mask, matchedTerms, phrases, corrections, unmatchedWords, partial, release }
  }

  /**
   * How many passages each statement has for a highlight: occurrences of its phrases and
   * terms in the paragraphs (not the title), read from the positional postings, counted as the
   * page marks them (highlight.ts): a phrase first, then a single word, never overlapping. So
   * "N passages in M statements" needs no statement's text.
   */
  passageCounts(docs: readonly number[], highlight: Highlight): Int32Array {
    const termLists = highlight.terms.map((t) => this.vocabulary.indexOf(t)).filter((i) => i >= 0).map((i) => this.store.postings(i))
    const phraseLists = highlight.phrases.map((words) => {
      const lists = words.map((w) => this.vocabulary.indexOf(w)).map((i) => (i >= 0 ? this.store.postings(i) : undefined))
      return lists.every((l) => l) ? (lists as PostingList[]) : undefined
    })
    const out = new Int32Array(docs.length)
    const inBody = (p: number) => p >= FIELD_POSITIONS.body && p < FIELD_POSITIONS.speakers
    const positionsIn = (list: PostingList, doc: number) => {
      const k = list.find(doc)
      return k < 0 ? [] : list.positionsAt(k).filter(inBody)
    }
    docs.forEach((doc, d) => {
      const words = new Set<number>()
      for (const list of termLists) for (const p of positionsIn(list, doc)) words.add(p)
      const phrases = phraseLists.map((lists) => (lists ? lists.map((l) => new Set(positionsIn(l, doc))) : undefined))
      const starts = new Set<number>(words)
      for (const sets of phrases) for (const p of sets?.[0] ?? []) starts.add(p)
      let count = 0
      let covered = -1
      for (const p of [...starts].sort((a, b) => a - b)) {
        if (p <= covered) continue
        const phrase = phrases.find((sets) => sets && sets.every((set, k) => set.has(p + k)))
        if (phrase) {
          count++
          covered = p + phrase.length - 1
        } else if (words.has(p)) count++
      }
      out[d] = count
    })
    return out
  }

  /** "natonal", with no exact match, read as "national": the page says so. */
  private correctionOf(term: QueryTerm, expansions: readonly Expansion[]): Correction | undefined {
    if (term.kind !== 'word' || expansions.length === 0 || expansions.some((e) => !e.corrected)) return undefined
    const best = expansions.reduce((a, b) => (b.weight > a.weight ? b : a))
    return { typed: term.words[0] as string, reading: best.term }
  }

  /** BM25 of each statement some expansions reach, handed to `note` with whether it was exact. */
  private expansionDocs(expansions: readonly Expansion[], titleOnly: boolean, note: (doc: number, score: number, exact: boolean) => void) {
    const n = this.size
    const { lengthNorm } = this
    for (const { index, weight, corrected } of expansions) {
      const list = this.store.postings(index)
      const df = list.length
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
      const factor = weight * idf * (K1 + 1)
      const { docs, weightedTf } = list
      for (let k = 0; k < df; k++) {
        // A title's positions come first (FIELD_POSITIONS), so the first position says it all.
        if (titleOnly && !(list.firstPosition(k) < FIELD_POSITIONS.body)) continue
        const doc = docs[k] as number
        const tf = weightedTf[k] as number
        note(doc, (factor * tf) / (tf + (lengthNorm[doc] as number)), !corrected)
      }
    }
  }

  /**
   * The statements holding a phrase: its words at consecutive positions in the title or in one
   * paragraph (with title:, the title only). Checked against every statement that holds all its
   * words, from their full positional postings.
   */
  private phraseDocs(term: QueryTerm, note: (doc: number, score: number, exact: boolean) => void): void {
    const lists: PostingList[] = []
    for (const word of term.words) {
      const index = this.vocabulary.indexOf(word)
      if (index < 0) return
      lists.push(this.store.postings(index))
    }
    const limit = term.titleOnly ? FIELD_POSITIONS.body : FIELD_POSITIONS.speakers
    const n = this.size
    const words = lists.length
    const idfs = Float64Array.from(lists, (l) => Math.log(1 + (n - l.length + 0.5) / (l.length + 0.5)))
    // Walk the rarest word's statements; look the others up in theirs, each from where it was
    // last found, since both lists are in doc order.
    let rarest = 0
    for (let w = 1; w < words; w++) if ((lists[w] as PostingList).length < (lists[rarest] as PostingList).length) rarest = w
    const driver = lists[rarest] as PostingList
    const at = new Int32Array(words)
    const from = new Int32Array(words)
    const scratch = new RunScratch(words)
    const { lengthNorm } = this
    for (let k = 0; k < driver.length; k++) {
      const doc = driver.docs[k] as number
      let all = true
      for (let w = 0; w < words; w++) {
        if (w === rarest) {
          at[w] = k
          continue
        }
        const found = (lists[w] as PostingList).findFrom(doc, from[w] as number)
        if (found < 0) {
          all = false
          break
        }
        at[w] = found
        from[w] = found + 1
      }
      if (!all || !hasPhraseRun(lists, at, limit, scratch)) continue
      let score = 0
      for (let w = 0; w < words; w++) {
        const tf = (lists[w] as PostingList).weightedTf[at[w] as number] as number
        score += ((idfs[w] as number) * (K1 + 1) * tf) / (tf + (lengthNorm[doc] as number))
      }
      note(doc, score, true)
    }
  }

  /** The statements any excluded word or phrase is found in, exactly, in the title or the text. */
  private excludedDocs(terms: readonly QueryTerm[]): Set<number> | undefined {
    if (terms.length === 0) return undefined
    const out = new Set<number>()
    for (const term of terms) {
      if (term.kind === 'phrase') {
        this.phraseDocs(term, (doc) => void out.add(doc))
        continue
      }
      const expansions = term.kind === 'prefix' ? this.expander.termExpansions(term) : this.expander.exactly(term.words)
      const limit = term.titleOnly ? FIELD_POSITIONS.body : FIELD_POSITIONS.speakers
      for (const { index } of expansions) {
        const list = this.store.postings(index)
        for (let k = 0; k < list.length; k++) if (list.firstPosition(k) < limit) out.add(list.docs[k] as number)
      }
    }
    return out
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
    const out = new Array<number>(keys.length)
    for (let i = 0; i < keys.length; i++) out[i] = this.newestOrder[(keys[i] as number) % rankSpan] as number
    return out
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
      const order = this.labelOrder[key]
      const rows = Array.from(found, ([id, count]): FacetCount => ({ id, label: labels.get(id) ?? fallbackLabel(facet, id), count }))
      facets[key] = sortFacetRows(rows, order)
    }
    const years = Array.from(counts.years, ([id, count]) => ({ id, label: id, count })).sort((a, b) => b.id.localeCompare(a.id))
    return { facets, years }
  }
}
