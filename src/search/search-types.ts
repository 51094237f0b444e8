import type { Statement } from '../corpus/schema.ts'
import type { FacetKey, FacetSelection } from './facets.ts'

// The engine's vocabulary, shared by the ranker, the search worker's messages, the page's
// search service and the URL: types only, in a module of their own so that none of those has to
// import another to name them.

export type SortOrder = 'relevance' | 'newest' | 'oldest'

export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest']

/**
 * Result rows whose catalog rows come with the results: more than a screen shows (a row is
 * about 190 px tall). The list fetches the rest of its rows, and the next page's, once shown.
 */
export const RESULT_PAGE = 10

/** A search as the engine runs it: the URL's state with every default filled in. */
export type SearchQuery = FacetSelection & {
  q: string
  from?: string | undefined
  to?: string | undefined
  sort: SortOrder
}

export interface FacetCount {
  id: string
  label: string
  count: number
}

export interface SearchResults {
  total: number
  /** Ordered document numbers (places in the archive, newest first). */
  ids: readonly number[]
  /** Normalized vocabulary terms that matched single words: what the UI highlights. */
  matchedTerms: ReadonlySet<string>
  /** The query's phrases, as normalized words: each occurrence is highlighted as one mark. */
  phrases: readonly (readonly string[])[]
  /** Words with no exact match that were read as another word: "natonal" as "national". */
  corrections: Correction[]
  /** Query words no statement contains, even allowing for typos. */
  unmatchedWords: string[]
  /** True when no statement holds every query word and the results hold some of them. */
  partial: boolean
  /** Per facet, each value with the statements it would leave (disjunctive counts). */
  facets: Record<FacetKey, FacetCount[]>
  /** Statements per year, newest year first, under every filter but the dates. */
  years: FacetCount[]
}

export interface Correction {
  typed: string
  /** The reading that weighs most among the corrections used. */
  reading: string
}

/** What to mark in a text for a query: single-word terms, and phrases as one mark each. */
export interface Highlight {
  terms: readonly string[]
  phrases: readonly (readonly string[])[]
}

export interface Expansion {
  term: string
  /** 1 for the exact word, less for typo and prefix matches. */
  weight: number
  /** The term's index in the sorted vocabulary. */
  index: number
  /** A typo reading, not the word itself nor a word it begins: ranks below exact matches. */
  corrected: boolean
}

/**
 * Where a timeline places each match, as parallel columns: typed arrays cross from the worker
 * without a copy, so 100,000 matches are three arrays, not 100,000 objects to clone and walk.
 */
export interface TimelineColumns {
  /** Each statement's `monthCount` (partial-date.ts): its month, or its year alone. */
  months: Int32Array
  /** Its first-listed topic and speaker, as indices into `topicIds` and `speakerIds`; -1 for none. */
  topics: Int32Array
  speakers: Int32Array
  topicIds: string[]
  speakerIds: string[]
}

/** What a statement's body file holds: the text, its quotations and its source. */
export type StatementBody = Pick<Statement, 'paragraphs' | 'quotes' | 'source'>

/** The filters of a search without its words: what every series of a trend shares. */
export type SearchFilters = Omit<SearchQuery, 'q' | 'sort'>

/** A trend asked of the search service: up to six queries over the same filters. */
export interface TrendRequest {
  series: readonly string[]
  filters: SearchFilters
}

/**
 * How passages are listed: by date, or by the word before or after the match. Here, not in
 * passages.ts, so that reading an address (search-params.ts) does not pull the passages code
 * into the search worker's first download.
 */
export type PassageOrder = 'oldest' | 'newest' | 'before' | 'after'

export const PASSAGE_ORDERS: readonly PassageOrder[] = ['oldest', 'newest', 'before', 'after']

/** A page of a query's passages, in an order (passages.ts). */
export interface PassageRequest {
  query: SearchQuery
  order: PassageOrder
  offset: number
  /** Passages wanted from `offset`; Infinity for all of them (an export). */
  limit: number
}
