import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compileArchive } from '../../../src/build/compile-archive.ts'
import { chunkOfDoc } from '../../../src/search/catalog-chunks.ts'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import type { RowChunk } from '../../../src/search/index-format.ts'
import { parseSearch, parseSearchParams, toSearchQuery } from '../../../src/search/search-params.ts'
import { RESULT_PAGE } from '../../../src/search/search-types.ts'
import type { WorkerRequest, WorkerResponse } from '../../../src/service/search-worker-protocol.ts'
import { workerName, type WorkerStart } from '../../../src/service/search-worker-name.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

// The search worker itself, in Node: its module run against a stand-in for a worker's global
// scope, over the built files. What it should do for the address the page was opened at: answer
// that search, with the first page's rows, before the page asks; and hand each row chunk over
// once, leaving one that fails to the page.

const corpus = fixtureCorpus(300)
const archive = compileArchive(corpus.statements, corpus.topics, '2026-01-01T00:00:00Z')
const files = new Map(archive.files.map((f) => [`/corpus/${f.path}`, f.content]))
files.set('/corpus/manifest.json', JSON.stringify(archive.manifest))
const OPENED = '?q=cyber+resilence'
const query = toSearchQuery(parseSearchParams(parseSearch(OPENED)).params)
const expected = inMemoryRanker(corpus).search(query)

let asked: string[]
let failing: RegExp | undefined
let answers: WorkerResponse[]
let send: (message: WorkerRequest) => void

beforeEach(() => {
  asked = []
  failing = undefined
  answers = []
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    const content = files.get(url)
    if (content === undefined || failing?.test(url)) return new Response('missing', { status: 404 })
    return new Response(typeof content === 'string' ? content : content.slice())
  })
})

/** Runs the worker's module as a worker named with this start, the way the page spawns it. */
async function startWorker(start: WorkerStart) {
  const scope: { name: string; onmessage: ((event: { data: WorkerRequest }) => void) | null; postMessage: (m: WorkerResponse) => void } = {
    name: workerName(start),
    onmessage: null,
    postMessage: (m) => answers.push(m),
  }
  vi.stubGlobal('self', scope)
  vi.resetModules()
  await import('../../../src/service/search-worker.ts')
  send = (message) => scope.onmessage?.({ data: message })
}
afterEach(() => vi.unstubAllGlobals())

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
const rowsAsked = () => asked.filter((url) => url.startsWith(`/corpus/${archive.manifest.rows}`))
const firstChunks = () => [...new Set(expected.ids.slice(0, RESULT_PAGE).map((doc) => chunkOfDoc(doc, archive.manifest.rowsPerChunk)))]

async function answerTo(message: WorkerRequest & { id: number }) {
  send(message)
  await vi.waitFor(() => expect(answers.find((a) => a.id === message.id)).toBeDefined())
  return answers.find((a) => a.id === message.id) as WorkerResponse
}

describe('the search worker, for the address the page was opened at', () => {
  it('searches it and fetches the first page’s rows before the page asks, then answers with them', async () => {
    await startWorker({ base: '/', opened: { path: '/', search: OPENED } })
    await vi.waitFor(() => expect(rowsAsked()).toHaveLength(firstChunks().length))
    const before = asked.length
    const answer = await answerTo({ type: 'search', id: 1, query, rows: RESULT_PAGE })
    expect(answer.type).toBe('results')
    if (answer.type !== 'results') return
    expect(Array.from(answer.results.ids)).toEqual(expected.ids)
    expect(answer.rows.map((r) => r.chunk).sort((a, b) => a - b)).toEqual(firstChunks().sort((a, b) => a - b))
    for (const { chunk, rows } of answer.rows) {
      expect(rows).toEqual(JSON.parse(files.get(`/corpus/${archive.manifest.rows}${chunk}.json`) as string) as RowChunk)
    }
    // Nothing was fetched again for it.
    expect(asked.length).toBe(before)
  })

  it('does not search ahead on another page, and answers another query as asked', async () => {
    await startWorker({ base: '/', opened: { path: '/speakers/someone', search: OPENED } })
    await settle()
    expect(rowsAsked()).toEqual([])
    const other = toSearchQuery({ q: 'defence' })
    const answer = await answerTo({ type: 'search', id: 1, query: other, rows: RESULT_PAGE })
    if (answer.type !== 'results') throw new Error(`answered ${answer.type}`)
    expect(Array.from(answer.results.ids)).toEqual(inMemoryRanker(corpus).search(other).ids)
    expect(answer.rows.length).toBeGreaterThan(0)
  })

  it('hands each row chunk over once, and leaves one that fails to the page', async () => {
    await startWorker({ base: '/' })
    const chunks = firstChunks()
    const broken = chunks[0] as number
    failing = new RegExp(`/rows/[^/]+/${broken}\\.json$`)
    const first = await answerTo({ type: 'search', id: 1, query, rows: RESULT_PAGE })
    if (first.type !== 'results') throw new Error(`answered ${first.type}`)
    expect(first.rows.map((r) => r.chunk).sort((a, b) => a - b)).toEqual(chunks.filter((c) => c !== broken).sort((a, b) => a - b))
    failing = undefined
    const again = await answerTo({ type: 'search', id: 2, query, rows: RESULT_PAGE })
    if (again.type !== 'results') throw new Error(`answered ${again.type}`)
    // Only the one the page did not get is sent again.
    expect(again.rows.map((r) => r.chunk)).toEqual([broken])
  })

  it('uses its own manifest when the page’s does not come', async () => {
    await startWorker({ base: '/', manifestFollows: true })
    const answer = await answerTo({ type: 'search', id: 1, query, rows: 0 })
    if (answer.type !== 'results') throw new Error(`answered ${answer.type}`)
    expect(Array.from(answer.results.ids)).toEqual(expected.ids)
    expect(answer.rows).toEqual([])
  })

  it('uses the page’s manifest when its own fetch fails', async () => {
    failing = /manifest\.json$/
    await startWorker({ base: '/', manifestFollows: true })
    send({ type: 'manifest', manifest: archive.manifest })
    const answer = await answerTo({ type: 'search', id: 1, query })
    expect(answer.type).toBe('results')
  })
})
