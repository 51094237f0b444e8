import { FetchError } from '../lib/http.ts'
import { spawnSearchWorker, takeEarlyWorker } from './early-worker.ts'
import type { PassageProgress, SearchService } from './search-service-types.ts'
import type { RowChunkAt } from '../search/index-format.ts'
import type { SearchQuery } from '../search/search-types.ts'
import { fromWire, type WorkerRequest, type WorkerResponse } from './search-worker-protocol.ts'

// The page's side of the search worker: requests out, answers back, matched by id. Every
// method rejects with WorkerUnavailable when the worker cannot run; search-service.ts then
// hands over to a search on the page.

export class WorkerUnavailable extends Error {
  override name = 'WorkerUnavailable'
}

export function createWorkerSearch(base: string): SearchService | undefined {
  if (typeof Worker === 'undefined') return undefined
  let worker = takeEarlyWorker()
  try {
    worker ??= spawnSearchWorker({ base })
  } catch {
    return undefined
  }
  const send = (message: WorkerRequest) => worker.postMessage(message)
  const pending = new Map<number, { resolve: (r: WorkerResponse) => void; reject: (e: unknown) => void; onProgress?: ((p: PassageProgress) => void) | undefined }>()
  let broken = false
  let nextId = 1
  // Rows that came with an answer no one waited for any more (a keystroke cancelled its search
  // while it was on its way). The worker counts them as the page's, and will not send them
  // again, so they go to the catalog with the next search's answer.
  let unclaimed: RowChunkAt[] = []

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    const waiting = pending.get(message.id)
    if (!waiting) {
      if (message.type === 'results' && message.rows.length) unclaimed = [...unclaimed, ...message.rows]
      return
    }
    if (message.type === 'progress') {
      waiting.onProgress?.(message.progress)
      return
    }
    pending.delete(message.id)
    if (message.type === 'error') {
      waiting.reject(message.fetchError ? new FetchError(message.message, message.url) : new Error(message.message))
    } else {
      waiting.resolve(message)
    }
  }
  worker.onerror = () => {
    broken = true
    for (const waiting of pending.values()) waiting.reject(new WorkerUnavailable('the search worker stopped'))
    pending.clear()
  }

  /** Sends a request and waits for its answer; an aborted wait tells the worker to skip it. */
  function ask(request: (id: number) => WorkerRequest, signal?: AbortSignal, onProgress?: (p: PassageProgress) => void): Promise<WorkerResponse> {
    if (broken) return Promise.reject(new WorkerUnavailable('the search worker stopped'))
    const id = nextId++
    return new Promise<WorkerResponse>((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress })
      send(request(id))
      signal?.addEventListener('abort', () => {
        if (!pending.delete(id)) return
        send({ type: 'cancel', id })
        reject(signal.reason)
      })
    })
  }

  const searchFor = async (query: SearchQuery, first: number, signal?: AbortSignal) => {
    const response = await ask((id) => ({ type: 'search', id, query, rows: first }), signal)
    if (response.type !== 'results') throw new Error('the search worker answered out of turn')
    return response
  }

  return {
    search: async (query, signal) => fromWire((await searchFor(query, 0, signal)).results),
    async searchWithRows(query, first, signal) {
      const response = await searchFor(query, first, signal)
      const rows = unclaimed.length ? [...unclaimed, ...response.rows] : response.rows
      unclaimed = []
      return { results: fromWire(response.results), rows }
    },
    async snippets(docs, highlight, signal) {
      const response = await ask((id) => ({ type: 'snippets', id, docs: [...docs], highlight }), signal)
      if (response.type !== 'snippets') throw new Error('the search worker answered out of turn')
      return response.snippets
    },
    async trends(request, signal) {
      const response = await ask((id) => ({ type: 'trends', id, request }), signal)
      if (response.type !== 'trends') throw new Error('the search worker answered out of turn')
      return response.trend
    },
    async passages(request, signal, onProgress) {
      const response = await ask((id) => ({ type: 'passages', id, request }), signal, onProgress)
      if (response.type !== 'passages') throw new Error('the search worker answered out of turn')
      return response.page
    },
    async timelineColumns(query, signal) {
      const response = await ask((id) => ({ type: 'timeline', id, query }), signal)
      if (response.type !== 'timeline') throw new Error('the search worker answered out of turn')
      return response.columns
    },
    async highlightFor(q, signal) {
      const response = await ask((id) => ({ type: 'highlight', id, q }), signal)
      if (response.type !== 'highlight') throw new Error('the search worker answered out of turn')
      return response.highlight
    },
  }
}
