import type { CorpusManifest } from '../corpus/schema.ts'
import type { Snippet } from '../search/highlight.ts'
import type { Trend } from '../research/trends.ts'
import type { Highlight, PassageRequest, SearchQuery, SearchResults, TimelineColumns, TrendRequest } from '../search/search-types.ts'
import type { RowChunkAt } from '../search/index-format.ts'
import type { PassagePage, PassageProgress } from './search-service-types.ts'

// Messages between the page and the search worker. Results cross as plain data: document ids
// as a transferable Int32Array, matched terms as an array.

/**
 * What the worker starts from: the app's base URL, and
 * `manifestFollows`: the page fetches the manifest and sends it (or null, when that failed);
 * `opened`: the address the page was opened at. Its `q` has its files fetched ahead, and on
 * the search page its search is answered ahead too (search-worker.ts).
 */
export interface WorkerStart {
  base: string
  manifestFollows?: boolean
  opened?: { path: string; search: string }
}

// The start travels in the worker's name, not in a first message. Chromium holds the messages
// posted to a worker before its script has run, and hands them over from the page's main
// thread: when that thread is evaluating React, the worker, downloaded and ready, sat idle for
// the length of it (some 80 ms on localhost in a trace, and four times that on a slow phone)
// before it could ask for the search file. Its name it has as it starts.
const NAME_PREFIX = 'search '

export function workerName(start: WorkerStart): string {
  return `${NAME_PREFIX}${JSON.stringify(start)}`
}

/** The start a worker was named with; undefined for a name that holds none. */
export function startFromName(name: string): WorkerStart | undefined {
  if (!name.startsWith(NAME_PREFIX)) return undefined
  let start: unknown
  try {
    start = JSON.parse(name.slice(NAME_PREFIX.length))
  } catch {
    return undefined
  }
  if (typeof start !== 'object' || start === null) return undefined
  const { base, manifestFollows, opened } = start as Record<string, unknown>
  if (typeof base !== 'string') return undefined
  const where = opened as Record<string, unknown> | undefined
  const openedOk = where === undefined || (typeof where === 'object' && where !== null && typeof where.path === 'string' && typeof where.search === 'string')
  if (!openedOk) return undefined
  return {
    base,
    ...(manifestFollows === true ? { manifestFollows: true } : {}),
    ...(where ? { opened: { path: where.path as string, search: where.search as string } } : {}),
  }
}

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
