import type { Snippet } from '../search/highlight.ts'
import type { SearchQuery, SearchResults } from '../search/search-types.ts'

/** What the page asks of search, whichever thread answers (search-service.ts). */
export interface SearchService {
  search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults>
  /** The best passage of each statement for these terms. */
  snippets(docs: readonly number[], terms: readonly string[], signal?: AbortSignal): Promise<Snippet[]>
  /** Every vocabulary term a query stands for (typos, the word being typed): what gets marked. */
  termsFor(q: string, signal?: AbortSignal): Promise<string[]>
}
