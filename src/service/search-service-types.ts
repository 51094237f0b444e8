import type { Snippet } from '../search/highlight.ts'
import type { Highlight, SearchQuery, SearchResults } from '../search/search-types.ts'

/** What the page asks of search, whichever thread answers (search-service.ts). */
export interface SearchService {
  search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults>
  /** The best passage of each statement for these terms and phrases. */
  snippets(docs: readonly number[], highlight: Highlight, signal?: AbortSignal): Promise<Snippet[]>
  /** Every term (typos, the word being typed) and phrase a query stands for: what gets marked. */
  highlightFor(q: string, signal?: AbortSignal): Promise<Highlight>
}
