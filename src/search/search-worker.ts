// The search worker: loads the built index itself and answers text searches, so that ranking a
// query against 14,000 statements never blocks the page's main thread while a person types.
import { fetchCorpus, type FetchedCorpus } from '../corpus/fetch-corpus.ts'
import { toWire, type WorkerRequest, type WorkerResponse } from './search-worker-protocol.ts'

// The project's TypeScript setup uses the DOM library; this is the part of a worker's global
// scope the file needs.
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
}

let corpus: Promise<FetchedCorpus> | undefined
// Searches the page no longer waits for (the person typed on): skipped, not answered.
const cancelled = new Set<number>()

async function answer(id: number, run: (corpus: FetchedCorpus) => Promise<WorkerResponse | undefined>) {
  try {
    if (!corpus) throw new Error('the search worker was not started')
    const loaded = await corpus
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
      corpus = fetchCorpus(message.base)
      // A failed load is reported to each search that needs it, not as an unhandled rejection.
      corpus.catch(() => undefined)
      break
    case 'cancel':
      cancelled.add(message.id)
      break
    case 'search':
      void answer(message.id, async ({ engine }) => {
        await engine.prepare(message.query.q)
        if (cancelled.has(message.id)) return undefined
        return { type: 'results', id: message.id, results: toWire(engine.search(message.query)) }
      })
      break
  }
}
