import { describe, expect, it } from 'vitest'
import { compileArchive } from '../../../src/build/compile-archive.ts'
import type { CompiledCorpus } from '../../../src/corpus/schema.ts'
import { Catalog } from '../../../src/search/catalog.ts'
import { inMemoryRanker, rankerFromIndex } from '../../../src/search/in-memory-ranker.ts'
import { Ranker } from '../../../src/search/ranker.ts'
import { decodeSearchFile, encodeSearchFile } from '../../../src/search/search-file-codec.ts'
import { buildSearchIndex, type CatalogParts } from '../../../src/search/search-index-build.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import type { SearchQuery, StatementBody } from '../../../src/search/search-types.ts'
import { inPageSearch } from '../../../src/service/search-service.ts'
import type { SearchSide } from '../../../src/service/search-side.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

const fixture = fixtureCorpus(500)
// One statement with a source (a fictional address), to follow where sources travel.
const corpus: CompiledCorpus = {
  ...fixture,
  statements: fixture.statements.map((st, i) =>
    i === 3 ? { ...st, source: { url: 'https://example.org/synthetic/3', publisher: 'Synthetic Office' } } : st,
  ),
}
const inMemory = inMemoryRanker(corpus)
// Small shards, so that queries really do cross several of them.
const parts = buildSearchIndex(corpus, { shardBytes: 2048 })
// Through JSON, as the files are written and fetched.
const catalogParts = JSON.parse(JSON.stringify(parts.catalog)) as CatalogParts
const chunkedCatalog = () =>
  new Catalog(catalogParts.head, { rows: async (k) => catalogParts.rows[k] ?? [], ids: async (k) => catalogParts.ids[k] ?? [] })
const everyDoc = corpus.statements.map((_, doc) => doc)
// The search file through its bytes, as the build writes it and the worker fetches it.
const search = decodeSearchFile(encodeSearchFile(parts.search))
const loadShard = async (i: number) => parts.shards[i] as Uint8Array

const queries: SearchQuery[] = [
  toSearchQuery({ q: 'kaljurnd' }),
  toSearchQuery({ q: 'continous cyberatacks new normal' }),
  toSearchQuery({ q: 'ransomware hosp' }),
  toSearchQuery({ q: 'resilience', topic: ['eu-nato'], type: ['statement', 'remarks'], sort: 'newest' }),
  toSearchQuery({ q: 'quillfeather', from: '2018-01-01', to: '2020-12-31', sort: 'oldest' }),
  toSearchQuery({ speaker: ['ada-quillfeather'] }),
]

describe('the sharded index', () => {
  it('splits the postings into several shards', () => {
    expect(parts.shards.length).toBeGreaterThan(5)
  })

  it('answers exactly like the in-memory ranker, loading only the shards asked for', async () => {
    const loaded: number[] = []
    const sharded = Ranker.fromFile(search, async (i) => {
      loaded.push(i)
      return loadShard(i)
    })
    for (const query of queries) {
      await sharded.prepare(query.q)
      const a = inMemory.search(query)
      const b = sharded.search(query)
      expect(b.ids).toEqual(a.ids)
      expect(b.facets).toEqual(a.facets)
      expect(b.years).toEqual(a.years)
      expect([...b.matchedTerms].sort()).toEqual([...a.matchedTerms].sort())
      expect(b.partial).toBe(a.partial)
    }
    expect(new Set(loaded).size).toBe(loaded.length)
    expect(loaded.length).toBeLessThan(parts.shards.length)
  })

  it('answers the same from every shard at hand, read back through JSON', () => {
    const whole = rankerFromIndex(search, parts.shards)
    for (const query of queries) expect(whole.search(query).ids).toEqual(inMemory.search(query).ids)
  })

  it('refuses to answer from a shard it was not given time to load', () => {
    const sharded = Ranker.fromFile(search, loadShard)
    expect(() => sharded.search(queries[0] as SearchQuery)).toThrow(/not loaded/)
  })

  it('keeps the text out of the catalog, and loads a statement’s body only when asked', async () => {
    const entries = await chunkedCatalog().entriesFor(everyDoc)
    expect(entries.map((e) => e.id)).toEqual(corpus.statements.map((s) => s.id))
    expect(entries.some((e) => 'paragraphs' in e)).toBe(false)
    const asked: number[] = []
    const service = inPageSearch(async () => ({
      ranker: Ranker.fromFile(search, loadShard),
      loadBody: async (doc) => {
        asked.push(doc)
        return { paragraphs: corpus.statements[doc]?.paragraphs ?? [] }
      },
    }))
    const results = await service.search(queries[0] as SearchQuery)
    expect(asked).toEqual([])
    const doc = results.ids[0] as number
    const [snippet] = await service.snippets([doc], { terms: [...results.matchedTerms], phrases: results.phrases })
    expect(asked).toEqual([doc])
    // The passage comes from the body loaded, with the matched word marked.
    expect(corpus.statements[doc]?.paragraphs[snippet?.paragraph as number]).toContain(snippet?.text)
    expect(snippet?.ranges.map(([s, e]) => snippet.text.slice(s, e).toLowerCase())).toContain('kaljurand')
  })

  it('keeps the source out of the catalog and brings it with the body', async () => {
    const withSource = corpus.statements.findIndex((st) => st.source?.url)
    expect(withSource).toBeGreaterThanOrEqual(0)
    expect(JSON.stringify(parts.catalog)).not.toContain('"source"')
    expect('source' in ((await chunkedCatalog().entriesFor([withSource]))[0] as object)).toBe(false)
    // The built archive's files: the catalog has no source; the statement's body file has it.
    const archive = compileArchive(corpus.statements, corpus.topics, '2026-01-01T00:00:00Z')
    const file = (path: string) => archive.files.find((f) => f.path === path)?.content as string
    expect(file(archive.manifest.catalog)).not.toContain('"source"')
    const body = JSON.parse(file(`${archive.manifest.bodies}${withSource}.json`)) as StatementBody
    expect(body.source).toEqual(corpus.statements[withSource]?.source)
    expect(body.paragraphs).toEqual(corpus.statements[withSource]?.paragraphs)
  })
})

describe('the page’s search over a catalog', () => {
  const query = queries[1] as SearchQuery

  it('lists statements at once and loads the ranker only when a search must run in place', async () => {
    let loads = 0
    const catalog = chunkedCatalog()
    const service = inPageSearch(async (): Promise<SearchSide> => {
      loads++
      return { ranker: Ranker.fromFile(search, loadShard), loadBody: async () => ({ paragraphs: [] }) }
    })
    // The catalog lists every statement with no ranker loaded…
    expect((await catalog.entriesFor(everyDoc)).map((st) => st.id)).toEqual(corpus.statements.map((st) => st.id))
    expect(loads).toBe(0)
    // …and searches at once load it once, then answer as the in-memory ranker does.
    const [a] = await Promise.all([service.search(query), service.search(toSearchQuery({ q: 'resilience' }))])
    expect(loads).toBe(1)
    expect(a.ids).toEqual(inMemory.search(query).ids)
    expect(await service.highlightFor('')).toEqual({ terms: [], phrases: [] })
    expect(loads).toBe(1)
  })

  it('tries the ranker again after a failed load', async () => {
    let attempts = 0
    const service = inPageSearch(async () => {
      if (++attempts === 1) throw new Error('offline')
      return { ranker: Ranker.fromFile(search, loadShard), loadBody: async () => ({ paragraphs: [] }) }
    })
    await expect(service.search(query)).rejects.toThrow('offline')
    expect((await service.search(query)).total).toBe(inMemory.search(query).total)
    expect(attempts).toBe(2)
  })
})
