import { describe, expect, it } from 'vitest'
import { SearchEngine, type SearchQuery } from '../../../src/search/search-engine.ts'
import { buildSearchIndex, serializeManifest, type SearchIndexManifest } from '../../../src/search/search-index-build.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

const corpus = fixtureCorpus(500)
const inMemory = new SearchEngine(corpus)
// Small shards, so that queries really do cross several of them.
const parts = buildSearchIndex(corpus, { shardBytes: 2048 })
const manifest = JSON.parse(serializeManifest(parts.manifest)) as SearchIndexManifest

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
    const sharded = await SearchEngine.fromIndex({
      manifest,
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
    const sharded = await SearchEngine.fromIndex({ manifest, loadShard: async (i) => parts.shards[i] as Uint8Array })
    expect(() => sharded.search(queries[0] as SearchQuery)).toThrow(/not loaded/)
  })

  it('loads statement bodies only when asked', async () => {
    const sharded = await SearchEngine.fromIndex({
      manifest,
      loadShard: async (i) => parts.shards[i] as Uint8Array,
      loadBodies: async (docs) => docs.map((d) => ({ paragraphs: corpus.statements[d]?.paragraphs ?? [] })),
    })
    expect(sharded.statements[0]?.paragraphs).toEqual([])
    await sharded.loadBodies([0])
    expect(sharded.statements[0]?.paragraphs).toEqual(corpus.statements[0]?.paragraphs)
  })
})
