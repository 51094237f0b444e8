// What answers searches: the ranker over the search file, with posting shards fetched on
// demand, and the statement bodies that snippets are found in. The search worker holds one; the
// page holds one only where no worker can run. Either way this is the only code that loads the
// ranker (and Fuse.js with it), so the page's own bundle never carries it.
import type { CorpusManifest } from '../corpus/schema.ts'
import type { Trend } from '../research/trends.ts'
import { bestSnippet, type Snippet } from '../search/highlight.ts'
import type { Passage } from '../search/passages.ts'
import type { LoadShard } from '../search/posting-store.ts'
import { Ranker } from '../search/ranker.ts'
import { planQuery, TermExpander } from '../search/term-expander.ts'
import type { Highlight, PassageRequest, SearchQuery, SearchResults, StatementBody, TimelineColumns, TrendRequest } from '../search/search-types.ts'
import type { PassagePage, PassageProgress } from './search-service-types.ts'
import { ChunkedVocabulary } from '../search/chunked-vocabulary.ts'
import { chunkOfDoc } from '../search/catalog-chunks.ts'
import type { RowChunk, RowChunkAt } from '../search/index-format.ts'
import { bodyLoader, catalogLoaders, fetchSearchFile, fetchVocabulary, positionsLoader, shardLoader } from './fetch-archive.ts'
import { archiveRoot, fetchManifest } from './fetch-manifest.ts'

export interface SearchSide {
  ranker: Ranker
  /** A statement's text, for its snippet. */
  loadBody: (doc: number) => Promise<StatementBody>
  /** The catalog's row chunks, for a search side that hands results over with their rows (the worker). */
  rows?: { perChunk: number; load: (chunk: number) => Promise<RowChunk> }
}

/**
 * `manifest`: the page's, when it sends one; otherwise (null, or none) the worker fetches it.
 * `firstQuery`: the query in the address the page was opened at, whose files are fetched as
 * soon as the vocabulary's index is here, while the search file is still on its way.
 */
export async function fetchSearchSide(base: string, given?: Promise<CorpusManifest | null>, firstQuery?: string): Promise<SearchSide> {
  const root = archiveRoot(base)
  const manifest = await (given ? firstManifest(given, root) : fetchManifest(root))
  const shards = readAhead(shardLoader(root, manifest))
  const positions = readAhead(positionsLoader(root, manifest))
  // The columns and the vocabulary's index together; the vocabulary's parts as queries need them.
  // One expander for the read-ahead and the ranker: the opened query's expansions, found ahead,
  // are not found again when it is searched.
  const vocabularyReady = fetchVocabulary(root, manifest).then((vocabulary) => {
    const terms = new ChunkedVocabulary(vocabulary.index, vocabulary.load)
    const expander = new TermExpander(terms)
    // It never fails; the search asks again for what it needs and reports what failed.
    if (firstQuery) void fetchAhead(firstQuery, terms, expander, shards, positions)
    return { terms, expander }
  })
  // The search file is decoded as it comes in, while the opened query's vocabulary parts are on
  // their way: the worker would otherwise sit idle until they came, then decode. Decoding once
  // the read-ahead was done had been for the reading's second shard, asked for only after the
  // expansion; the word's shards are now guessed from its spelling (planQuery), with its
  // vocabulary parts. Loaded in turns on the combined archive, localhost: see the README.
  const [file, { terms, expander }] = await Promise.all([fetchSearchFile(root, manifest), vocabularyReady])
  // A turn of the event loop before the ranker's build (tens of milliseconds): a vocabulary part
  // that came in during the decode is expanded first, and any shard its readings add is asked for.
  await new Promise((resolve) => setTimeout(resolve, 0))
  // A manifest without the chunks' size (an older build) gets no rows sent: the page fetches them.
  const perChunk = manifest.rowsPerChunk
  const rows = Number.isInteger(perChunk) && perChunk > 0 ? { perChunk, load: catalogLoaders(root, manifest).rows } : undefined
  return { ranker: Ranker.fromFile(file, shards.load, terms, positions.load, expander), loadBody: bodyLoader(root, manifest), ...(rows ? { rows } : {}) }
}

/**
 * The page's manifest or this side's own, whichever comes first. The page fetches it at boot,
 * while this worker's code is still on its way, and sends it on; but it can send it only once
 * its main thread is free, and evaluating React can hold that up for longer than a request of
 * the worker's own takes. Fails only when both do (the page's being null counts as failed).
 */
function firstManifest(given: Promise<CorpusManifest | null>, root: string): Promise<CorpusManifest> {
  const own = fetchManifest(root)
  const fromPage = given.then((manifest) => manifest ?? own)
  return new Promise((resolve, reject) => {
    let failed = 0
    const fail = (error: unknown) => {
      if (++failed === 2) reject(error)
    }
    fromPage.then(resolve, fail)
    own.then(resolve, fail)
  })
}

/**
 * A loader whose files can be asked for ahead of need: the first `load` of a file fetched
 * ahead gets that download, in flight or done, instead of starting another. A failed one is
 * forgotten, so that the real request tries afresh (and reports its own error). The read-ahead
 * can outlast the decoding (fetchSearchSide): a file the posting store has asked for itself is
 * not fetched ahead again, since the store keeps what it loads.
 */
function readAhead(load: LoadShard) {
  const ahead = new Map<number, Promise<Uint8Array>>()
  const asked = new Set<number>()
  return {
    ahead(shard: number) {
      if (ahead.has(shard) || asked.has(shard)) return
      const bytes = load(shard)
      ahead.set(shard, bytes)
      bytes.catch(() => ahead.delete(shard))
    },
    load(shard: number, signal?: AbortSignal): Promise<Uint8Array> {
      asked.add(shard)
      const bytes = ahead.get(shard)
      // Handed over once: the posting store keeps what it loads.
      ahead.delete(shard)
      return bytes ?? load(shard, signal)
    },
  }
}

/**
 * What the ranker's `prepare(q)` will fetch, started before the ranker exists: the vocabulary's
 * parts the words need and the posting shards of every term they stand for. It never fails:
 * the search itself asks again for what it needs and reports its own failures.
 */
async function fetchAhead(q: string, terms: ChunkedVocabulary, expander: TermExpander, shards: ReturnType<typeof readAhead>, positions: ReturnType<typeof readAhead>): Promise<void> {
  try {
    const plan = planQuery(q, terms)
    const each = (shard: number | undefined) => {
      if (shard === undefined) return
      shards.ahead(shard)
      if (plan.positions) positions.ahead(shard)
    }
    plan.guessedShards.forEach(each)
    for (const index of await expander.load(plan.terms)) each(terms.shardOfTerm(terms.termAt(index)))
  } catch {
    // Left to the search, which fetches what is missing and says what failed.
  }
}

/** Row chunks kept until handed over: a page of results needs ten at most. */
const ROW_CHUNK_CACHE = 100
/** Bodies fetched lately: scrolling back, or refining a query, asks for the same rows again. */
const BODY_CACHE = 200
/** A concordance sorted by neighbouring words needs every passage; the last few are kept. */
const SORTED_PASSAGES = 3
/**
 * Bodies fetched at once when a concordance needs many. A browser opens six connections to a
 * host over HTTP/1.1 and queues the rest; over HTTP/2, as most hosts serve, all go at once.
 */
const BODY_CONCURRENCY = 12

/** Every passage of a query, being read to be sorted by a neighbouring word, and who waits for it. */
interface Reading {
  /** In date order, oldest first. */
  all: Promise<Passage[]>
  /** Each order's list, sorted the first time it is asked for. */
  sorted: Map<'before' | 'after', Passage[]>
  /** Each statement's place in date order. */
  rank: Map<number, number>
  progress: PassageProgress
  listeners: Set<(progress: PassageProgress) => void>
  waiting: Set<() => boolean>
}

/** The requests a search side answers, whichever thread it runs on. */
export class SearchAnswers {
  private readonly bodies = new Map<number, Promise<StatementBody>>()

  constructor(private readonly side: SearchSide) {}

  /** Fetches the posting shards the query's words need, then ranks. */
  async search(query: SearchQuery, stillWanted: () => boolean = () => true, signal?: AbortSignal): Promise<SearchResults | undefined> {
    await this.side.ranker.prepare(query.q, signal ? { signal } : {})
    return stillWanted() ? this.side.ranker.search(query) : undefined
  }

  /** Row chunks handed over already: the page's catalog keeps them, so each goes once. */
  private readonly rowsSent = new Set<number>()

  /**
   * The row chunks of these documents that were not handed over before. One that fails to
   * arrive is left out, for the page's catalog to fetch and, failing, to offer Retry for.
   */
  async rowsOf(docs: readonly number[]): Promise<RowChunkAt[]> {
    const { rows } = this.side
    if (!rows) return []
    const chunks = [...new Set(docs.map((doc) => chunkOfDoc(doc, rows.perChunk)))].filter((chunk) => !this.rowsSent.has(chunk))
    const settled = await Promise.allSettled(chunks.map(async (chunk) => ({ chunk, rows: await this.rowChunk(chunk, rows.load) })))
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
  }

  /** Row chunks fetched and not yet handed over: typing on asks for the same ones at every key. */
  private readonly rowChunks = new Map<number, Promise<RowChunk>>()

  private rowChunk(chunk: number, load: (chunk: number) => Promise<RowChunk>): Promise<RowChunk> {
    return kept(this.rowChunks, chunk, load, ROW_CHUNK_CACHE)
  }

  /**
   * Row chunks that went to the page, not to be sent again. Noted as an answer is sent, not as
   * its rows are fetched: an answer dropped unsent (its search was cancelled meanwhile) would
   * otherwise leave its rows counted as the page's, and the page fetching them itself.
   */
  handedOver(rows: readonly RowChunkAt[]): void {
    for (const { chunk } of rows) {
      this.rowsSent.add(chunk)
      // The page keeps them now.
      this.rowChunks.delete(chunk)
    }
  }

  /** Every term and phrase the query stands for: what a statement page highlights. */
  async highlightFor(q: string): Promise<Highlight> {
    await this.side.ranker.prepare(q, { positions: false })
    return this.side.ranker.highlightFor(q)
  }

  /** The passage of each statement that best shows why it matched: a phrase's, where there is one. */
  async snippets(docs: readonly number[], highlight: Highlight): Promise<Snippet[]> {
    const texts = await Promise.all(docs.map((doc) => this.body(doc)))
    const wanted = new Set(highlight.terms)
    return texts.map((body) => bestSnippet(body.paragraphs, wanted, undefined, highlight.phrases))
  }

  /** Where a timeline places each match of a search: the search runs again, which is cheap once its shards are here. */
  async timelineColumns(query: SearchQuery): Promise<TimelineColumns> {
    await this.side.ranker.prepare(query.q)
    return this.side.ranker.timelineColumns(this.side.ranker.search(query).ids)
  }

  /** For each series, the statements it matches under the filters, against all the filters leave. */
  async trends(request: TrendRequest): Promise<Trend> {
    const { ranker } = this.side
    await Promise.all(request.series.map((q) => ranker.prepare(q)))
    const base = ranker.matching({ ...request.filters, q: '' })
    const series = request.series.map((q) => ranker.matching({ ...request.filters, q }))
    // Trends and passages are fetched when first asked for, so that the worker's first
    // download, which every visit waits for, carries only what search needs.
    const { buildTrend } = await import('../research/trends.ts')
    return buildTrend(ranker.dates, base, series, request.filters)
  }

  /** Queries whose every passage is read, or being read, to be sorted; the last few are kept. */
  private readonly readings = new Map<string, Reading>()

  /**
   * A page of passages. Counts come from the index; texts are fetched only for the statements
   * the page shows, when the order is by date. Sorted by a neighbouring word, every passage
   * must be read first, and `onProgress` hears how far that has got; the sorted list is kept
   * for the pages that follow, and a second request for it while it is read waits for the same
   * reading. `stillWanted` says whether the page still waits: a reading nobody waits for stops.
   */
  async passages(
    request: PassageRequest,
    onProgress?: (progress: PassageProgress) => void,
    stillWanted: () => boolean = () => true,
  ): Promise<PassagePage> {
    const { ranker } = this.side
    const { order, offset, limit } = request
    // Counting passages reads every match's positions.
    const [{ passagesOf, sortPassages }] = await Promise.all([import('../search/passages.ts'), ranker.prepare(request.query.q, { positions: true })])
    const results = ranker.search({ ...request.query, sort: order === 'newest' ? 'newest' : 'oldest' })
    const highlight = { terms: [...results.matchedTerms], phrases: results.phrases }
    const terms = new Set(highlight.terms)
    const docs = results.ids
    const counts = ranker.passageCounts(docs, highlight)
    let total = 0
    let statements = 0
    for (const c of counts) {
      total += c
      if (c) statements++
    }
    const read = async (doc: number) => passagesOf(doc, (await this.body(doc)).paragraphs, terms, highlight.phrases)

    if (order === 'oldest' || order === 'newest') {
      // Only the statements whose passages fall on this page.
      const wanted: number[] = []
      let at = 0
      let first = 0
      for (let i = 0; i < docs.length && at < offset + limit; i++) {
        const c = counts[i] as number
        if (c && at + c > offset) {
          if (wanted.length === 0) first = at
          wanted.push(docs[i] as number)
        }
        at += c
      }
      const lines = (await this.readAll(wanted, read)).flat()
      return { total, statements, offset, passages: lines.slice(offset - first, offset - first + limit) }
    }
    // One reading serves both neighbouring-word orders: the query's sort is not part of it.
    const { sort: _sort, ...words } = request.query
    const key = JSON.stringify(words)
    let reading = this.readings.get(key)
    if (!reading) {
      const withPassages = docs.filter((_, i) => counts[i])
      const entry: Reading = {
        progress: { total, statements, read: 0 },
        listeners: new Set(),
        // Joined before the reading starts, which asks at once whether anyone waits.
        waiting: new Set([stillWanted]),
        all: Promise.resolve([]),
        sorted: new Map(),
        rank: new Map(docs.map((doc, i) => [doc, i])),
      }
      const anyoneWaits = () => [...entry.waiting].some((wanted) => wanted())
      const onRead = (done: number) => {
        entry.progress = { ...entry.progress, read: done }
        for (const listener of entry.listeners) listener(entry.progress)
      }
      entry.all = this.readAll(withPassages, read, onRead, anyoneWaits).then((lists) => lists.flat())
      reading = entry
      this.readings.set(key, entry)
      // A reading that failed or was given up is not kept: the next request starts again.
      entry.all.catch(() => {
        if (this.readings.get(key) === entry) this.readings.delete(key)
      })
      if (this.readings.size > SORTED_PASSAGES) this.readings.delete(this.readings.keys().next().value as string)
    }
    const entry = reading
    if (onProgress) {
      entry.listeners.add(onProgress)
      onProgress(entry.progress)
    }
    entry.waiting.add(stillWanted)
    try {
      const inDateOrder = await entry.all
      let all = entry.sorted.get(order)
      if (!all) {
        all = sortPassages([...inDateOrder], order, (doc) => entry.rank.get(doc) ?? 0)
        entry.sorted.set(order, all)
      }
      return { total, statements, offset, passages: all.slice(offset, offset + limit) }
    } finally {
      if (onProgress) entry.listeners.delete(onProgress)
      entry.waiting.delete(stillWanted)
    }
  }

  /**
   * Reads statements a few at a time, in their order; `onRead` hears how many are done. Stops,
   * with an error, once `stillWanted` says nobody waits for the reading any more.
   */
  private async readAll<T>(
    docs: readonly number[],
    read: (doc: number) => Promise<T>,
    onRead?: (done: number) => void,
    stillWanted: () => boolean = () => true,
  ): Promise<T[]> {
    const out = new Array<T>(docs.length)
    let next = 0
    let done = 0
    const worker = async () => {
      while (next < docs.length) {
        if (!stillWanted()) throw new Error('no longer wanted')
        const i = next++
        out[i] = await read(docs[i] as number)
        onRead?.(++done)
      }
    }
    await Promise.all(Array.from({ length: Math.min(BODY_CONCURRENCY, docs.length) }, worker))
    return out
  }

  private body(doc: number): Promise<StatementBody> {
    return kept(this.bodies, doc, this.side.loadBody, BODY_CACHE)
  }
}

/**
 * The fetch of `key` from `cache`, or a new one kept there: at most `limit`, the least recently
 * used dropped first. A failed fetch is not kept: the next request tries again.
 */
function kept<T>(cache: Map<number, Promise<T>>, key: number, load: (key: number) => Promise<T>, limit: number): Promise<T> {
  const cached = cache.get(key)
  if (cached) {
    // Most recently used last, so that the oldest is dropped first.
    cache.delete(key)
    cache.set(key, cached)
    return cached
  }
  const fetched = load(key)
  cache.set(key, fetched)
  fetched.catch(() => cache.delete(key))
  if (cache.size > limit) cache.delete(cache.keys().next().value as number)
  return fetched
}
