// The search worker: loads the search file itself (not the catalog: it never shows a statement)
// and answers text searches, so that ranking a query against 14,000 statements never blocks the
// page's main thread while a person types. It also finds the passages result rows show: that
// means fetching and scanning statements' full text, often long transcripts, which the page
// then never has to parse or tokenize.
import { fetchSearchSide } from '../corpus/fetch-search-side.ts'
import type { StatementBody } from './search-engine.ts'
import { bestSnippet } from './highlight.ts'
import { toWire, type WorkerRequest, type WorkerResponse } from './search-worker-protocol.ts'

// The project's TypeScript setup uses the DOM library; this is the part of a worker's global
// scope the file needs.
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
}

type SearchSide = Awaited<ReturnType<typeof fetchSearchSide>>

let base: string | undefined
let loading: Promise<SearchSide> | undefined

/** The search side, loading it if need be; a failed load is tried again by the next request. */
function load(): Promise<SearchSide> {
  if (base === undefined) return Promise.reject(new Error('the search worker was not started'))
  if (!loading) {
    const attempt = fetchSearchSide(base)
    loading = attempt
    // Forgotten once failed, so that Retry on the page reaches the network again. Also keeps a
    // failed load from surfacing as an unhandled rejection; each request reports it instead.
    attempt.catch(() => {
      if (loading === attempt) loading = undefined
    })
  }
  return loading
}

/** Bodies fetched lately: scrolling back, or refining a query, asks for the same rows again. */
const BODY_CACHE = 200
const bodies = new Map<number, Promise<StatementBody>>()

function bodyOf(side: SearchSide, doc: number): Promise<StatementBody> {
  const cached = bodies.get(doc)
  if (cached) {
    // Most recently used last, so that the oldest is dropped first.
    bodies.delete(doc)
    bodies.set(doc, cached)
    return cached
  }
  const body = side.loadBodies([doc]).then(([b]) => b as StatementBody)
  bodies.set(doc, body)
  // A failed fetch is not kept: the next request tries again.
  body.catch(() => bodies.delete(doc))
  if (bodies.size > BODY_CACHE) bodies.delete(bodies.keys().next().value as number)
  return body
}

// Requests the page no longer waits for (the person typed on): skipped, not answered.
const cancelled = new Set<number>()

async function answer(id: number, run: (side: SearchSide) => Promise<WorkerResponse | undefined>) {
  try {
    const side = await load()
    if (cancelled.delete(id)) return
    const response = await run(side)
    if (cancelled.delete(id) || !response) return
    scope.postMessage(response, response.type === 'results' ? [response.results.ids.buffer] : [])
  } catch (error) {
    cancelled.delete(id)
    const e = error as Error & { url?: string }
    scope.postMessage({ type: 'error', id, message: e.message, loadError: e.name === 'CorpusLoadError', url: e.url ?? '' })
  }
}

scope.onmessage = (event) => {
  const message = event.data
  switch (message.type) {
    case 'init':
      base = message.base
      void load().catch(() => undefined)
      break
    case 'cancel':
      cancelled.add(message.id)
      break
    case 'search':
      void answer(message.id, async ({ ranker }) => {
        await ranker.prepare(message.query.q)
        if (cancelled.has(message.id)) return undefined
        return { type: 'results', id: message.id, results: toWire(ranker.search(message.query)) }
      })
      break
    case 'snippets':
      void answer(message.id, async (side) => {
        const texts = await Promise.all(message.docs.map((doc) => bodyOf(side, doc)))
        const terms = new Set(message.terms)
        return { type: 'snippets', id: message.id, snippets: texts.map((body) => bestSnippet(body.paragraphs, terms)) }
      })
      break
  }
}
