// The search worker: loads the search file itself (not the catalog: it never shows a statement)
// and answers text searches, so that ranking a query against 14,000 statements never blocks the
// page's main thread while a person types. It also finds the passages result rows show: that
// means fetching and scanning statements' full text, often long transcripts, which the page
// then never has to parse or tokenize.
import type { CorpusManifest } from '../corpus/schema.ts'
import { parseSearch, parseSearchParams, toSearchQuery } from '../search/search-params.ts'
import { RESULT_PAGE, type SearchQuery } from '../search/search-types.ts'
import { fetchSearchSide, SearchAnswers } from './search-side.ts'
import type { PassageProgress, ResultsWithRows } from './search-service-types.ts'
import { startFromName, type WorkerStart } from './search-worker-name.ts'
import { toWire, type WorkerRequest, type WorkerResponse } from './search-worker-protocol.ts'

// The project's TypeScript setup uses the DOM library; this is the part of a worker's global
// scope the file needs.
const scope = self as unknown as {
  name: string
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
}

let base: string | undefined
let loading: Promise<SearchAnswers> | undefined
/** The manifest the page sends after `init`, used by the first load only: a retry fetches afresh. */
let pageManifest: Promise<CorpusManifest | null> | undefined
let receiveManifest: ((manifest: CorpusManifest | null) => void) | undefined
/** The query of the address the page was opened at, for the first load only. */
let firstQuery: string | undefined

/** The search side, loading it if need be; a failed load is tried again by the next request. */
function load(): Promise<SearchAnswers> {
  if (base === undefined) return Promise.reject(new Error('the search worker was not started'))
  if (!loading) {
    const given = pageManifest
    const query = firstQuery
    pageManifest = undefined
    firstQuery = undefined
    const attempt = fetchSearchSide(base, given, query).then((side) => new SearchAnswers(side))
    loading = attempt
    // Forgotten once failed, so that Retry on the page reaches the network again. Also keeps a
    // failed load from surfacing as an unhandled rejection; each request reports it instead.
    attempt.catch(() => {
      if (loading === attempt) loading = undefined
    })
  }
  return loading
}

/**
 * A search and the row chunks of its first `rows` results: fetched here, on the way, so that
 * the page shows their titles without a round trip of its own after the results.
 */
async function searchWithRows(answers: SearchAnswers, query: SearchQuery, rows: number, stillWanted?: () => boolean, signal?: AbortSignal): Promise<ResultsWithRows | undefined> {
  // A search the page stopped waiting for (the person typed on) answers nothing, and so fetches no rows.
  const results = await answers.search(query, stillWanted, signal)
  return results && { results, rows: rows > 0 ? await answers.rowsOf(results.ids.slice(0, rows)) : [] }
}

/**
 * The search page's own search, answered before the page asks for it. The page asks only once
 * React, the router and the catalog's head are in, which is later than this worker could have
 * ranked and fetched the first rows: on a slow phone, by most of a second. Keyed by the query
 * as the page will ask it (the address parsed the same way); an address the page cleans up
 * first asks another query, which is then searched as usual.
 */
let ahead: { key: string; answer: Promise<ResultsWithRows | undefined> } | undefined

function answerAhead(search: string) {
  const { params } = parseSearchParams(parseSearch(search))
  // The passages view asks for passages, not for results.
  if (params.view) return
  const query = toSearchQuery(params)
  const answer = load().then((answers) => searchWithRows(answers, query, RESULT_PAGE))
  // Reported when the page asks for it, if it does.
  answer.catch(() => undefined)
  ahead = { key: JSON.stringify(query), answer }
}

/** The answer worked out ahead for this request, once; undefined for any other request. */
function takeAhead(query: SearchQuery, rows: number | undefined): Promise<ResultsWithRows | undefined> | undefined {
  if (!ahead || rows !== RESULT_PAGE || ahead.key !== JSON.stringify(query)) return undefined
  const { answer } = ahead
  ahead = undefined
  return answer
}

/** Between two reports of a sorting's progress. */
const PROGRESS_EVERY_MS = 100
let preloaded = false

/**
 * The passages code is not in the worker's first download, which every visit waits for; once
 * the first results are out it is fetched, so that opening Passages does not wait for it.
 */
function preloadPassages() {
  if (preloaded) return
  preloaded = true
  void import('../search/passages.ts').catch(() => (preloaded = false))
}

// Requests the page no longer waits for (the person typed on): skipped, not answered.
const cancelled = new Set<number>()
// Searches' signals, by request: a cancelled search stops the shard downloads only it wanted.
const searches = new Map<number, AbortController>()

/** The typed arrays of an answer move to the page instead of being copied. */
function transferables(response: WorkerResponse): Transferable[] {
  if (response.type === 'results') return [response.results.ids.buffer]
  if (response.type === 'timeline') return [response.columns.months.buffer, response.columns.topics.buffer, response.columns.speakers.buffer]
  return []
}

async function answer(id: number, run: (answers: SearchAnswers) => Promise<WorkerResponse | undefined>) {
  try {
    const answers = await load()
    if (cancelled.delete(id)) return
    const response = await run(answers)
    if (cancelled.delete(id) || !response) return
    if (response.type === 'results') answers.handedOver(response.rows)
    scope.postMessage(response, transferables(response))
  } catch (error) {
    // A cancelled search's stopped downloads reject; no one waits for its answer.
    if (cancelled.delete(id)) return
    const e = error as Error & { url?: string }
    scope.postMessage({ type: 'error', id, message: e.message, fetchError: e.name === 'FetchError', url: e.url ?? '' })
  }
}

function start(given: WorkerStart) {
  base = given.base
  const { opened } = given
  firstQuery = (opened && new URLSearchParams(opened.search).get('q')) || undefined
  if (given.manifestFollows) pageManifest = new Promise((resolve) => (receiveManifest = resolve))
  void load().catch(() => undefined)
  if (opened?.path === base) answerAhead(opened.search)
}

// At once, as the script runs: see workerName. A worker named without a start answers every
// request with "not started".
const named = startFromName(scope.name)
if (named) start(named)

scope.onmessage = (event) => {
  const message = event.data
  switch (message.type) {
    case 'manifest':
      receiveManifest?.(message.manifest)
      receiveManifest = undefined
      break
    case 'cancel':
      cancelled.add(message.id)
      searches.get(message.id)?.abort()
      break
    case 'search': {
      const stop = new AbortController()
      searches.set(message.id, stop)
      void answer(message.id, async (answers) => {
        const found = await (takeAhead(message.query, message.rows) ??
          searchWithRows(answers, message.query, message.rows ?? 0, () => !cancelled.has(message.id), stop.signal))
        return found && { type: 'results', id: message.id, results: toWire(found.results), rows: found.rows }
      })
        .finally(() => searches.delete(message.id))
        .then(preloadPassages)
      break
    }
    case 'snippets':
      void answer(message.id, async (answers) => ({ type: 'snippets', id: message.id, snippets: await answers.snippets(message.docs, message.highlight) }))
      break
    case 'trends':
      void answer(message.id, async (answers) => ({ type: 'trends', id: message.id, trend: await answers.trends(message.request) }))
      break
    case 'passages': {
      const { id } = message
      let last = 0
      // At most a few reports a second: each one re-renders the page's status line.
      const onProgress = (progress: PassageProgress) => {
        const now = performance.now()
        if (now - last < PROGRESS_EVERY_MS && progress.read < progress.statements) return
        last = now
        scope.postMessage({ type: 'progress', id, progress })
      }
      void answer(id, async (answers) => ({ type: 'passages', id, page: await answers.passages(message.request, onProgress, () => !cancelled.has(id)) }))
      break
    }
    case 'timeline':
      void answer(message.id, async (answers) => ({ type: 'timeline', id: message.id, columns: await answers.timelineColumns(message.query) }))
      break
    case 'highlight':
      void answer(message.id, async (answers) => ({ type: 'highlight', id: message.id, highlight: await answers.highlightFor(message.q) }))
      break
  }
}
