import type { CorpusManifest } from '../corpus/schema.ts'
import type { Snippet } from '../search/highlight.ts'
import type { Trend } from '../research/trends.ts'
import type { Highlight, PassageRequest, SearchQuery, SearchResults, TimelineColumns, TrendRequest } from '../search/search-types.ts'
import type { RowChunkAt } from '../search/index-format.ts'
import type { PassagePage, PassageProgress } from './search-service-types.ts'

// Messages between the page and the search worker. Results cross as plain data: document ids
// as a transferable Int32Array, matched terms as an array.

export type WorkerRequest =
  | { type: 'manifest'; manifest: CorpusManifest | null }
  /** `rows`: the row chunks of this many leading results come with them. */
  | { type: 'search'; id: number; query: SearchQuery; rows?: number }
  /** The best passage of each statement for these terms: the worker fetches the text itself. */
  | { type: 'snippets'; id: number; docs: number[]; highlight: Highlight }
  /** The terms and phrases a query stands for, for highlighting a statement's text. */
  | { type: 'highlight'; id: number; q: string }
  | { type: 'trends'; id: number; request: TrendRequest }
  | { type: 'passages'; id: number; request: PassageRequest }
  | { type: 'timeline'; id: number; query: SearchQuery }
  | { type: 'cancel'; id: number }

export type WireResults = Omit<SearchResults, 'ids' | 'matchedTerms'> & { ids: Int32Array; matchedTerms: string[] }

export type WorkerResponse =
  | { type: 'results'; id: number; results: WireResults; rows: RowChunkAt[] }
  | { type: 'snippets'; id: number; snippets: Snippet[] }
  | { type: 'highlight'; id: number; highlight: Highlight }
  | { type: 'trends'; id: number; trend: Trend }
  | { type: 'passages'; id: number; page: PassagePage }
  | { type: 'timeline'; id: number; columns: TimelineColumns }
  /** Not an answer: how far a request for passages has got. The answer follows. */
  | { type: 'progress'; id: number; progress: PassageProgress }
  | { type: 'error'; id: number; message: string; fetchError: boolean; url: string }

export function toWire(results: SearchResults): WireResults {
  return { ...results, ids: Int32Array.from(results.ids), matchedTerms: [...results.matchedTerms] }
}

export function fromWire(wire: WireResults): SearchResults {
  return { ...wire, ids: Array.from(wire.ids), matchedTerms: new Set(wire.matchedTerms) }
}
