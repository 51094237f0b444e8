// The search worker: loads the search file itself (not the catalog: it never shows a statement)
// and answers text searches, so that ranking a query against 14,000 statements never blocks the
// page's main thread while a person types.
import { fetchRanker } from '../corpus/fetch-corpus.ts'
import type { Ranker } from './ranker.ts'
import { toWire, type WorkerRequest, type WorkerResponse } from './search-worker-protocol.ts'

// The project's TypeScript setup uses the DOM library; this is the part of a worker's global
// scope the file needs.
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
}

let base: string | undefined
let ranker: Promise<Ranker> | undefined

/** The ranker, loading it if need be; a failed load is tried again by the next search. */
function loadRanker(): Promise<Ranker> {
  if (base === undefined) return Promise.reject(new Error('the search worker was not started'))
  if (!ranker) {
    const loading = fetchRanker(base)
    ranker = loading
    // Forgotten once failed, so that Retry on the page reaches the network again. Also keeps a
    // failed load from surfacing as an unhandled rejection; each search reports it instead.
    loading.catch(() => {
      if (ranker === loading) ranker = undefined
    })
  }
  return ranker
}
// Searches the page no longer waits for (the person typed on): skipped, not answered.
const cancelled = new Set<number>()

async function answer(id: number, run: (ranker: Ranker) => Promise<WorkerResponse | undefined>) {
  try {
    const loaded = await loadRanker()
    if (cancelled.delete(id)) return
    const response = await run(loaded)
    if (cancelled.delete(id) || !response) return
    scope.postMessage(response, response.type === 'results' ? [response.results.ids.buffer] : [])
  } catch (error) {
    const e = error as Error & { url?: string }
    scope.postMessage({ type: 'error', id, message: e.message, loadError: e.name === 'CorpusLoadError', url: e.url ?? '' })
  }
}

scope.onmessage = (event) => {
  const message = event.data
  switch (message.type) {
    case 'init':
      base = message.base
      void loadRanker().catch(() => undefined)
      break
    case 'cancel':
      cancelled.add(message.id)
      break
    case 'search':
      void answer(message.id, async (loaded) => {
        await loaded.prepare(message.query.q)
        if (cancelled.has(message.id)) return undefined
        return { type: 'results', id: message.id, results: toWire(loaded.search(message.query)) }
      })
      break
  }
}
