import type { Snippet } from './highlight.ts'
import type { SearchQuery, SearchResults } from './search-engine.ts'

// Messages between the page and the search worker. Results cross as plain data: document ids
// as a transferable Int32Array, matched terms as an array.

export type WorkerRequest =
  | { type: 'init'; base: string }
  | { type: 'search'; id: number; query: SearchQuery }
  /** The best passage of each statement for these terms: the worker fetches the text itself. */
  | { type: 'snippets'; id: number; docs: number[]; terms: string[] }
  | { type: 'cancel'; id: number }

export type WireResults = Omit<SearchResults, 'ids' | 'matchedTerms'> & { ids: Int32Array; matchedTerms: string[] }

export type WorkerResponse =
  | { type: 'results'; id: number; results: WireResults }
  | { type: 'snippets'; id: number; snippets: Snippet[] }
  | { type: 'error'; id: number; message: string; loadError: boolean; url: string }

export function toWire(results: SearchResults): WireResults {
  return { ...results, ids: Int32Array.from(results.ids), matchedTerms: [...results.matchedTerms] }
}

export function fromWire(wire: WireResults): SearchResults {
  return { ...wire, ids: Array.from(wire.ids), matchedTerms: new Set(wire.matchedTerms) }
}
