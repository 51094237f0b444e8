import { describe, expect, it } from 'vitest'
import { Ranker } from '../../../src/search/ranker.ts'
import { SearchEngine, type SearchQuery } from '../../../src/search/search-engine.ts'
import { engineFromIndex, inMemoryEngine } from '../../../src/search/in-memory-engine.ts'
import { buildSearchIndex, type CatalogFile, type SearchFile } from '../../../src/search/search-index-build.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

const fixture = fixtureCorpus(500)
// One statement with a source (a fictional address), to follow where sources travel.
const corpus = {
  ...fixture,
  statements: fixture.statements.map((st, i) =>
    i === 3 ? { ...st, source: { url: 'https://example.org/synthetic/3', publisher: 'Synthetic Office' } } : st,
  ),
}
const inMemory = inMemoryEngine(corpus)
// Small shards, so that queries really do cross several of them.
const parts = buildSearchIndex(corpus, { shardBytes: 2048 })
// Through JSON, as the files are written and fetched.
const catalog = JSON.parse(JSON.stringify(parts.catalog)) as CatalogFile
const search = JSON.parse(JSON.stringify(parts.search)) as SearchFile

const queries: SearchQuery[] = [
  { q: 'kaljurnd', speakers: [], topics: [], types: [], sort: 'relevance' },
  { q: 'continous cyberatacks new normal', speakers: [], topics: [], types: [], sort: 'relevance' },
  { q: 'ransomware hosp', speakers: [], topics: [], types: [], sort: 'relevance' },
  { q: 'resilience', speakers: [], topics: ['eu-nato'], types: ['statement', 'remarks'], sort: 'newest' },
  { q: 'quillfeather', speakers: [], topics: [], types: [], from: '2018-01-01', to: '2020-12-31', sort: 'oldest' },
  { q: '', speakers: ['ada-quillfeather'], topics: [], types: [], sort: 'newest' },
]

describe('the sharded index', () => {
  it('splits the postings into several shards', () => {
    expect(parts.shards.length).toBeGreaterThan(5)
  })

  it('answers exactly like the in-memory engine, loading only the shards asked for', async () => {
    const loaded: number[] = []
    const sharded = await engineFromIndex({
      catalog,
      search,
      loadShard: async (i) => {
        loaded.push(i)
        return parts.shards[i] as Uint8Array
      },
    })
    for (const query of queries) {
      await sharded.prepare(query.q)
      const a = inMemory.search(query)
      const b = sharded.search(query)
      expect(b.ids).toEqual(a.ids)
      expect(b.facets).toEqual(a.facets)
      expect([...b.matchedTerms].sort()).toEqual([...a.matchedTerms].sort())
      expect(b.partial).toBe(a.partial)
    }
    expect(new Set(loaded).size).toBe(loaded.length)
    expect(loaded.length).toBeLessThan(parts.shards.length)
  })

  it('refuses to answer from a shard it was not given time to load', async () => {
    const sharded = await engineFromIndex({ catalog, search, loadShard: async (i) => parts.shards[i] as Uint8Array })
    expect(() => sharded.search(queries[0] as SearchQuery)).toThrow(/not loaded/)
  })

  it('loads statement bodies only when asked', async () => {
    const sharded = await engineFromIndex({
      catalog,
      search,
      loadShard: async (i) => parts.shards[i] as Uint8Array,
      loadBodies: async (docs) => docs.map((d) => ({ paragraphs: corpus.statements[d]?.paragraphs ?? [] })),
    })
    expect(sharded.statements[0]?.paragraphs).toEqual([])
    await sharded.loadBodies([0])
    expect(sharded.statements[0]?.paragraphs).toEqual(corpus.statements[0]?.paragraphs)
  })

  it('keeps the source out of the catalog and brings it with the body', async () => {
    const withSource = corpus.statements.findIndex((st) => st.source?.url)
    expect(withSource).toBeGreaterThanOrEqual(0)
    expect(JSON.stringify(parts.catalog)).not.toContain('"source"')
    const sharded = await engineFromIndex({
      catalog,
      search,
      loadShard: async (i) => parts.shards[i] as Uint8Array,
      loadBodies: async (docs) => docs.map((d) => ({ paragraphs: corpus.statements[d]?.paragraphs ?? [], source: corpus.statements[d]?.source })),
    })
    expect(sharded.statements[withSource]?.source).toBeUndefined()
    await sharded.loadBodies([withSource])
    expect(sharded.statements[withSource]?.source).toEqual(corpus.statements[withSource]?.source)
  })
})

describe('the page engine over a catalog', () => {
  const query = queries[1] as SearchQuery

  it('lists statements at once and loads the ranker only when a search must run in place', async () => {
    let loads = 0
    const engine = SearchEngine.fromCatalog(catalog, {
      loadRanker: async () => {
        loads++
        return Ranker.fromFile(search, async (i) => parts.shards[i] as Uint8Array)
      },
    })
    expect(engine.statements.map((st) => st.id)).toEqual(corpus.statements.map((st) => st.id))
    expect(engine.termsFor('')).toEqual(new Set())
    expect(() => engine.search(query)).toThrow(/not loaded/)
    expect(loads).toBe(0)
    await Promise.all([engine.prepare(query.q), engine.prepare('resilience')])
    expect(loads).toBe(1)
    expect(engine.search(query).ids).toEqual(inMemory.search(query).ids)
  })

  it('tries the ranker again after a failed load', async () => {
    let attempts = 0
    const engine = SearchEngine.fromCatalog(catalog, {
      loadRanker: async () => {
        if (++attempts === 1) throw new Error('offline')
        return Ranker.fromFile(search, async (i) => parts.shards[i] as Uint8Array)
      },
    })
    await expect(engine.prepare(query.q)).rejects.toThrow('offline')
    await engine.prepare(query.q)
    expect(engine.search(query).total).toBe(inMemory.search(query).total)
  })
})
