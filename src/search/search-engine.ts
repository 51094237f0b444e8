import Fuse from 'fuse.js'
import type { CompiledCorpus, Statement, StatementType } from '../corpus/schema.ts'
import { bestSnippet, highlightRanges, type Range, type Snippet } from './highlight.ts'
import { queryTerms, tokenize } from './tokenize.ts'

// The search engine: the only module that knows how statements are indexed and ranked.
// Fuse.js fuzzy-matches query words against the corpus vocabulary (a few thousand distinct
// terms), and an inverted index ranks documents with BM25 over weighted fields. Running Fuse
// over whole documents instead costs seconds per query at ten thousand statements.

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

const FIELD_BOOST = { title: 3, speakers: 4, topics: 2, body: 1 } as const
type Field = keyof typeof FIELD_BOOST
const FIELDS = Object.keys(FIELD_BOOST) as Field[]
const K1 = 1.2
const B = 0.75

interface Posting {
  doc: number
  /** Term frequency, already multiplied by the field boosts. */
  weightedTf: number
}

interface Expansion {
  term: string
  /** 1 for the exact word, less for typo and prefix matches. */
  weight: number
}

export class SearchEngine {
  readonly statements: readonly Statement[]
  private readonly byId = new Map<string, number>()
  private readonly postings = new Map<string, Posting[]>()
  private readonly docLength: Float64Array
  private readonly avgDocLength: number
  private readonly vocabulary: string[]
  private readonly fuse: Fuse<string>
  private readonly speakerNames = new Map<string, string>()
  private readonly topicLabels = new Map<string, string>()
  private readonly expansionCache = new Map<string, Expansion[]>()

  constructor(corpus: CompiledCorpus) {
    this.statements = corpus.statements
    for (const t of corpus.topics) this.topicLabels.set(t.id, t.label)
    this.docLength = new Float64Array(corpus.statements.length)

    corpus.statements.forEach((s, doc) => {
      this.byId.set(s.id, doc)
      for (const sp of s.speakers) if (!this.speakerNames.has(sp.id)) this.speakerNames.set(sp.id, sp.name)
      const fieldText: Record<Field, string> = {
        title: s.title,
        speakers: s.speakers.map((sp) => `${sp.name} ${sp.role ?? ''}`).join(' '),
        topics: s.topics.map((t) => this.topicLabels.get(t) ?? t).join(' '),
        body: s.paragraphs.join('\n'),
      }
      const tf = new Map<string, number>()
      let length = 0
      for (const field of FIELDS) {
        for (const { term } of tokenize(fieldText[field])) {
          tf.set(term, (tf.get(term) ?? 0) + FIELD_BOOST[field])
          length++
        }
      }
      this.docLength[doc] = length
      for (const [term, weightedTf] of tf) {
        let list = this.postings.get(term)
        if (!list) this.postings.set(term, (list = []))
        list.push({ doc, weightedTf })
      }
    })
    const total = this.docLength.reduce((a, b) => a + b, 0)
    this.avgDocLength = total / Math.max(1, corpus.statements.length)
    this.vocabulary = Array.from(this.postings.keys())
    this.fuse = new Fuse(this.vocabulary, { includeScore: true, threshold: 0.26, ignoreLocation: true })
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
    const found = new Map<string, number>()
    if (this.postings.has(word)) found.set(word, 1)
    if (word.length >= 4) {
      for (const r of this.fuse.search(word, { limit: 24 })) {
        // Fuse scores 0 for a perfect match; a typo match counts for at most 0.8 of an exact one.
        const weight = 0.8 * (1 - (r.score ?? 1))
        if (Math.abs(r.item.length - word.length) <= 2 && weight > (found.get(r.item) ?? 0)) {
          found.set(r.item, weight)
        }
      }
    }
    if (isLast && word.length >= 2) {
      let added = 0
      for (const term of this.vocabulary) {
        if (added >= 50) break
        if (term.length > word.length && term.startsWith(word) && !found.has(term)) {
          found.set(term, 0.6)
          added++
        }
      }
    }
    const expansions = Array.from(found, ([term, weight]) => ({ term, weight }))
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

  /** BM25 scores per document for one query word, summed over its expansions. */
  private scoreWord(expansions: Expansion[]): Map<number, number> {
    const n = this.statements.length
    const scores = new Map<number, number>()
    for (const { term, weight } of expansions) {
      const list = this.postings.get(term)
      if (!list) continue
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5))
      for (const { doc, weightedTf } of list) {
        const norm = 1 - B + (B * (this.docLength[doc] ?? 0)) / this.avgDocLength
        const s = weight * idf * ((weightedTf * (K1 + 1)) / (weightedTf + K1 * norm))
        // A document matching a word through several spellings counts the best one.
        if (s > (scores.get(doc) ?? 0)) scores.set(doc, s)
      }
    }
    return scores
  }

  private passes(doc: number, query: SearchQuery, skip?: 'speakers' | 'topics' | 'types' | 'dates'): boolean {
    const s = this.statements[doc] as Statement
    if (skip !== 'speakers' && query.speakers.length && !s.speakers.some((sp) => query.speakers.includes(sp.id))) {
      return false
    }
    if (skip !== 'topics' && query.topics.length && !s.topics.some((t) => query.topics.includes(t))) return false
    if (skip !== 'types' && query.types.length && !query.types.includes(s.type)) return false
    if (skip !== 'dates') {
      if (query.from && s.date < query.from) return false
      if (query.to && s.date > query.to) return false
    }
    return true
  }

  search(query: SearchQuery): SearchResults {
    const words = queryTerms(query.q)
    const matchedTerms = new Set<string>()
    const unmatchedWords: string[] = []
    let textScores: Map<number, number> | null = null
    let partial = false

    if (words.length) {
      const perWord = words.map((word, i) => {
        const expansions = this.expand(word, i === words.length - 1)
        if (expansions.length === 0) unmatchedWords.push(word)
        for (const e of expansions) matchedTerms.add(e.term)
        return this.scoreWord(expansions)
      })
      textScores = intersectScores(perWord)
      if (textScores.size === 0 && perWord.length > 1) {
        textScores = unionScores(perWord)
        partial = textScores.size > 0
      }
    }

    const candidates = textScores ? Array.from(textScores.keys()) : this.statements.map((_, i) => i)
    const ids = candidates.filter((doc) => this.passes(doc, query))
    const sort = query.sort
    if (sort === 'relevance' && textScores) {
      const scores = textScores
      ids.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || this.compareNewest(a, b))
    } else if (sort === 'oldest') {
      ids.sort((a, b) => -this.compareNewest(a, b))
    } else {
      ids.sort((a, b) => this.compareNewest(a, b))
    }

    return {
      total: ids.length,
      ids,
      matchedTerms,
      unmatchedWords,
      partial,
      facets: this.facets(candidates, query),
    }
  }

  /** Each facet counts the documents that pass every filter but its own. */
  private facets(candidates: number[], query: SearchQuery): SearchResults['facets'] {
    const speakers = new Map<string, number>()
    const topics = new Map<string, number>()
    const types = new Map<string, number>()
    const years = new Map<string, number>()
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
    for (const doc of candidates) {
      const s = this.statements[doc] as Statement
      if (this.passes(doc, query, 'speakers')) for (const sp of s.speakers) bump(speakers, sp.id)
      if (this.passes(doc, query, 'topics')) for (const t of s.topics) bump(topics, t)
      if (this.passes(doc, query, 'types')) bump(types, s.type)
      if (this.passes(doc, query, 'dates')) bump(years, s.date.slice(0, 4))
    }
    const byCount = (m: Map<string, number>, label: (id: string) => string) =>
      Array.from(m, ([id, count]) => ({ id, label: label(id), count })).sort(
        (a, b) => b.count - a.count || a.label.localeCompare(b.label),
      )
    // Selected values stay listed with a zero count, so they can still be unticked.
    for (const id of query.speakers) if (!speakers.has(id)) speakers.set(id, 0)
    for (const id of query.topics) if (!topics.has(id)) topics.set(id, 0)
    for (const id of query.types) if (!types.has(id)) types.set(id, 0)
    return {
      speakers: byCount(speakers, (id) => this.speakerNames.get(id) ?? id),
      topics: byCount(topics, (id) => this.topicLabels.get(id) ?? id),
      types: byCount(types, (id) => id),
      years: Array.from(years, ([id, count]) => ({ id, label: id, count })).sort((a, b) => b.id.localeCompare(a.id)),
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
    return {
      statement,
      score: 0,
      titleRanges: highlightRanges(statement.title, results.matchedTerms),
      snippet: bestSnippet(statement.paragraphs, results.matchedTerms),
    }
  }
}

function intersectScores(perWord: Map<number, number>[]): Map<number, number> {
  const [first, ...rest] = [...perWord].sort((a, b) => a.size - b.size)
  const out = new Map<number, number>()
  if (!first) return out
  for (const [doc, score] of first) {
    let total = score
    let everywhere = true
    for (const m of rest) {
      const s = m.get(doc)
      if (s === undefined) {
        everywhere = false
        break
      }
      total += s
    }
    if (everywhere) out.set(doc, total)
  }
  return out
}

function unionScores(perWord: Map<number, number>[]): Map<number, number> {
  const out = new Map<number, number>()
  for (const m of perWord) for (const [doc, s] of m) out.set(doc, (out.get(doc) ?? 0) + s)
  return out
}
