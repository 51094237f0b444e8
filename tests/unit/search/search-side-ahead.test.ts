import { afterEach, describe, expect, it, vi } from 'vitest'
import { compileArchive } from '../../../src/build/compile-archive.ts'
import { ChunkedVocabulary } from '../../../src/search/chunked-vocabulary.ts'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import { fetchSearchSide, SearchAnswers } from '../../../src/service/search-side.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

// The worker's first load, with the opened address's query: that query's vocabulary parts and
// posting shards are asked for while the search file is still on its way, the ranker is built
// as soon as that file is here, and the search then uses those downloads instead of fetching again.

const corpus = fixtureCorpus(300)
const archive = compileArchive(corpus.statements, corpus.topics, '2026-01-01T00:00:00Z')
const files = new Map(archive.files.map((f) => [`/corpus/${f.path}`, f.content]))
files.set('/corpus/manifest.json', JSON.stringify(archive.manifest))
const QUERY = 'resilence cyber'

/**
 * A fetch over the built files; the answers of the files `hold` matches (by default the search
 * file) wait until `release`.
 */
function serve(hold = (url: string) => url.startsWith(`/corpus/${archive.manifest.search}`)) {
  const asked: string[] = []
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url)
    const content = files.get(url)
    if (hold(url)) await held
    if (content === undefined) return new Response('missing', { status: 404 })
    return new Response(typeof content === 'string' ? content : content.slice())
  })
  return { asked, release }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))
const shardsAsked = (asked: readonly string[]) => asked.filter((url) => url.startsWith(`/corpus/${archive.manifest.shards}`))

afterEach(() => vi.unstubAllGlobals())

describe('the search worker’s first load', () => {
  it('fetches the opened query’s vocabulary parts and shards before the search file is here, and only once', async () => {
    const { asked, release } = serve()
    const loading = fetchSearchSide('/', undefined, QUERY)
    await settle()
    const before = [...asked]
    expect(before.some((url) => url.startsWith(`/corpus/${archive.manifest.vocabulary}`) && !url.endsWith('index.json'))).toBe(true)
    expect(shardsAsked(before).length).toBeGreaterThan(0)
    release()
    const answers = new SearchAnswers(await loading)
    const results = await answers.search(toSearchQuery({ q: QUERY }))
    expect(results?.ids).toEqual(inMemoryRanker(corpus).search(toSearchQuery({ q: QUERY })).ids)
    const shards = shardsAsked(asked)
    expect(new Set(shards).size).toBe(shards.length)
  })

  it('builds the ranker while the vocabulary’s parts are on their way, and fetches each shard once', async () => {
    // The worker decodes the search file as it comes in rather than wait, idle, for the parts;
    // the read-ahead, still at work, must not fetch a shard the search has fetched already.
    const parts = `/corpus/${archive.manifest.vocabulary}`
    const { asked, release } = serve((url) => url.startsWith(parts) && !url.endsWith('index.json'))
    const answers = new SearchAnswers(await fetchSearchSide('/', undefined, QUERY))
    const searching = answers.search(toSearchQuery({ q: QUERY }))
    await settle()
    release()
    expect((await searching)?.ids).toEqual(inMemoryRanker(corpus).search(toSearchQuery({ q: QUERY })).ids)
    await settle()
    const shards = shardsAsked(asked)
    expect(shards.length).toBeGreaterThan(0)
    expect(new Set(shards).size).toBe(shards.length)
  })

  it('is ready all the same when the read-ahead’s vocabulary parts fail, and the search says so', async () => {
    const parts = `/corpus/${archive.manifest.vocabulary}`
    vi.stubGlobal('fetch', async (url: string) => {
      const content = files.get(url)
      if (content === undefined || (url.startsWith(parts) && !url.endsWith('index.json'))) return new Response('missing', { status: 404 })
      return new Response(typeof content === 'string' ? content : content.slice())
    })
    const answers = new SearchAnswers(await fetchSearchSide('/', undefined, QUERY))
    await expect(answers.search(toSearchQuery({ q: QUERY }))).rejects.toThrow(/vocabulary/)
  })

  it('is ready at once when a vocabulary part stalls, and the search waits on that same request', async () => {
    // A stalled request fails only at its timeout (30 s): neither the ranker nor the search may
    // wait for it twice, on the read-ahead's request and then on one of the search's own.
    const parts = `/corpus/${archive.manifest.vocabulary}`
    const { asked, release } = serve((url) => url.startsWith(parts) && !url.endsWith('index.json'))
    const answers = new SearchAnswers(await fetchSearchSide('/', undefined, QUERY))
    const partsAsked = () => asked.filter((url) => url.startsWith(parts) && !url.endsWith('index.json'))
    const before = partsAsked().length
    const searching = answers.search(toSearchQuery({ q: QUERY }))
    await settle()
    release()
    expect((await searching)?.ids).toEqual(inMemoryRanker(corpus).search(toSearchQuery({ q: QUERY })).ids)
    expect(before).toBeGreaterThan(0)
    expect(new Set(partsAsked()).size).toBe(partsAsked().length)
  })

  it('finds the opened query’s readings once: the search uses those the read-ahead found', async () => {
    // Fuse over a cold vocabulary is the largest part of a first search in the browser.
    const fuzzy = vi.spyOn(ChunkedVocabulary.prototype, 'fuzzy')
    const { release } = serve()
    const loading = fetchSearchSide('/', undefined, QUERY)
    await settle()
    release()
    const answers = new SearchAnswers(await loading)
    await settle()
    const ahead = fuzzy.mock.calls.length
    expect(ahead).toBeGreaterThan(0)
    const results = await answers.search(toSearchQuery({ q: QUERY }))
    expect(results?.ids).toEqual(inMemoryRanker(corpus).search(toSearchQuery({ q: QUERY })).ids)
    expect(fuzzy.mock.calls.length).toBe(ahead)
    fuzzy.mockRestore()
  })

  it('fetches no shard ahead when the address has no query', async () => {
    const { asked, release } = serve()
    const loading = fetchSearchSide('/')
    await settle()
    expect(shardsAsked(asked)).toEqual([])
    release()
    await loading
  })
})
