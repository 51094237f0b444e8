import type { Trend } from '../research/trends.ts'
import type { Snippet } from '../search/highlight.ts'
import type { Passage } from '../search/passages.ts'
import type { RowChunkAt } from '../search/index-format.ts'
import type { Highlight, PassageRequest, SearchQuery, SearchResults, TimelineColumns, TrendRequest } from '../search/search-types.ts'

/** A search's results, and the row chunks of its first few that the search side fetched along with it. */
export interface ResultsWithRows {
  results: SearchResults
  rows: RowChunkAt[]
}

/** One page of passages, with the totals of all of them. */
export interface PassagePage {
  /** Every passage of the query, and the statements they are in. */
  total: number
  statements: number
  offset: number
  passages: Passage[]
}

/** How far a concordance sorted by a neighbouring word has got: every statement is read first. */
export interface PassageProgress {
  /** Every passage of the query, and the statements they are in, as in a page. */
  total: number
  statements: number
  /** Statements read so far. */
  read: number
}

/** What the page asks of search, whichever thread answers (search-service.ts). */
export interface SearchService {
  search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults>
  /**
   * A search, and the row chunks its first `first` results are in, where the search side can
   * fetch them on its way (the worker): no round trip of the page's own between the results and
   * their titles. Chunks it could not fetch, or sent before, are left to the page's catalog.
   */
  searchWithRows(query: SearchQuery, first: number, signal?: AbortSignal): Promise<ResultsWithRows>
  /** The best passage of each statement for these terms and phrases. */
  snippets(docs: readonly number[], highlight: Highlight, signal?: AbortSignal): Promise<Snippet[]>
  /** Every term (typos, the word being typed) and phrase a query stands for: what gets marked. */
  highlightFor(q: string, signal?: AbortSignal): Promise<Highlight>
  /** Per period, how many statements use each series, and how many there are. */
  trends(request: TrendRequest, signal?: AbortSignal): Promise<Trend>
  /** Where a timeline places each match of a search (month, first topic, first speaker), from the search side's columns. */
  timelineColumns(query: SearchQuery, signal?: AbortSignal): Promise<TimelineColumns>
  /** A page of every occurrence of the query's words and phrases, in context. */
  passages(request: PassageRequest, signal?: AbortSignal, onProgress?: (progress: PassageProgress) => void): Promise<PassagePage>
}
