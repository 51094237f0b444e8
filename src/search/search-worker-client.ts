import { CorpusLoadError } from '../corpus/fetch-corpus.ts'
import type { SearchQuery, SearchResults } from './search-engine.ts'
import { fromWire, type WorkerRequest, type WorkerResponse } from './search-worker-protocol.ts'

export interface SearchWorker {
  /** Rejects with WorkerUnavailable when the worker cannot run; the caller searches in place. */
  search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResults>
}

export class WorkerUnavailable extends Error {
  override name = 'WorkerUnavailable'
}

export function createSearchWorker(base: string): SearchWorker | undefined {
  if (typeof Worker === 'undefined') return undefined
  let worker: Worker
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' })
  } catch {
    return undefined
  }
  const send = (message: WorkerRequest) => worker.postMessage(message)
  const pending = new Map<number, { resolve: (r: SearchResults) => void; reject: (e: unknown) => void }>()
  let broken = false
  let nextId = 1

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    const waiting = pending.get(message.id)
    if (!waiting) return
    pending.delete(message.id)
    if (message.type === 'results') waiting.resolve(fromWire(message.results))
    else waiting.reject(message.loadError ? new CorpusLoadError(message.message, message.url) : new Error(message.message))
  }
  worker.onerror = () => {
    broken = true
    for (const waiting of pending.values()) waiting.reject(new WorkerUnavailable('the search worker stopped'))
    pending.clear()
  }
  send({ type: 'init', base })

  return {
    search(query, signal) {
      if (broken) return Promise.reject(new WorkerUnavailable('the search worker stopped'))
      const id = nextId++
      return new Promise<SearchResults>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        send({ type: 'search', id, query })
        signal?.addEventListener('abort', () => {
          if (!pending.delete(id)) return
          send({ type: 'cancel', id })
          reject(signal.reason)
        })
      })
    },
  }
}
