import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RowChunk, RowChunkAt } from '../../../src/search/index-format.ts'
import type { Ranker } from '../../../src/search/ranker.ts'
import type { SearchQuery, SearchResults } from '../../../src/search/search-types.ts'
import { SearchAnswers } from '../../../src/service/search-side.ts'
import { toWire, type WorkerRequest, type WorkerResponse } from '../../../src/service/search-worker-protocol.ts'
import { createWorkerSearch } from '../../../src/service/worker-search-service.ts'

// The rows of the first results go from the search worker to the page's catalog once each. An
// answer that does not reach the page (its search cancelled by a keystroke) must not cost the
// page those rows: else it fetches them itself, a round trip more before the final results.

afterEach(() => vi.unstubAllGlobals())

const chunk = (n: number): RowChunkAt => ({ chunk: n, rows: [] as unknown as RowChunk })

describe('the worker hands rows over', () => {
  const loaded: number[] = []
  const answers = () =>
    new SearchAnswers({
      ranker: {} as Ranker,
      loadBody: () => Promise.reject(new Error('no bodies here')),
      rows: {
        perChunk: 10,
        load: async (n) => {
          loaded.push(n)
          return [] as unknown as RowChunk
        },
      },
    })

  it('offers a chunk again until an answer with it was sent, fetching it once', async () => {
    const side = answers()
    expect((await side.rowsOf([5, 15])).map((r) => r.chunk)).toEqual([0, 1])
    // That answer was dropped unsent: the same rows are offered to the next, not fetched again.
    expect((await side.rowsOf([5])).map((r) => r.chunk)).toEqual([0])
    side.handedOver(await side.rowsOf([5]))
    expect(await side.rowsOf([5, 15])).toEqual([chunk(1)])
    expect(loaded).toEqual([0, 1])
  })
})

/** A worker that records what the page sends and answers when told. */
class FakeWorker {
  static last: FakeWorker | undefined
  readonly sent: WorkerRequest[] = []
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null
  onerror: (() => void) | null = null
  constructor() {
    FakeWorker.last = this
  }
  postMessage(message: WorkerRequest) {
    this.sent.push(message)
  }
  addEventListener() {}
  answer(message: WorkerResponse) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>)
  }
}

const QUERY: SearchQuery = { q: 'cyber', speaker: [], topic: [], type: [], country: [], sort: 'relevance' }
const RESULTS = { total: 0, ids: [], matchedTerms: new Set<string>(), phrases: [], corrections: [], unmatchedWords: [], partial: false, facets: {}, years: [] } as unknown as SearchResults

describe('the page keeps rows', () => {
  it('brings the rows of an answer it no longer waited for with the next answer', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const search = createWorkerSearch('/')
    const worker = FakeWorker.last
    if (!search || !worker) throw new Error('no worker search')
    const typing = new AbortController()
    const first = search.searchWithRows(QUERY, 10, typing.signal).catch((error: unknown) => error)
    typing.abort()
    await first
    expect(worker.sent.map((m) => m.type)).toEqual(['search', 'cancel'])
    // The first answer crossed the cancel on its way, with the rows of chunk 3.
    worker.answer({ type: 'results', id: 1, results: toWire(RESULTS), rows: [chunk(3)] })

    const second = search.searchWithRows({ ...QUERY, q: 'cyber defence' }, 10)
    worker.answer({ type: 'results', id: 2, results: toWire(RESULTS), rows: [chunk(4)] })
    expect((await second).rows.map((r) => r.chunk)).toEqual([3, 4])

    // Handed over once.
    const third = search.searchWithRows(QUERY, 10)
    worker.answer({ type: 'results', id: 3, results: toWire(RESULTS), rows: [] })
    expect((await third).rows).toEqual([])
  })
})
