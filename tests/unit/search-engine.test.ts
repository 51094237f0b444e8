import { describe, expect, it } from 'vitest'
import { type SearchQuery } from '../../src/search/search-engine.ts'
import { inMemoryEngine } from '../../src/search/in-memory-engine.ts'
import { bestSnippet, highlightRanges } from '../../src/search/highlight.ts'
import { fixtureCorpus, SEED_ID } from '../fixtures/corpus.ts'

const engine = inMemoryEngine(fixtureCorpus(300))
const query = (q: string, rest: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  speakers: [],
  topics: [],
  types: [],
  sort: q ? 'relevance' : 'newest',
  ...rest,
})
const topIds = (q: string, rest?: Partial<SearchQuery>, n = 3) => {
  const r = engine.search(query(q, rest))
  return r.ids.slice(0, n).map((doc) => engine.statements[doc]?.id)
}

describe('search engine ranking', () => {
  it('finds the seed from a typo of the speaker’s name', () => {
    expect(topIds('kaljurnd')[0]).toBe(SEED_ID)
  })

  it('finds the seed from a half-remembered phrase', () => {
    expect(topIds('kaljurand new normal')[0]).toBe(SEED_ID)
    expect(topIds('continous cyberatacks new normal')[0]).toBe(SEED_ID)
  })

  it('matches the word being typed by its beginning', () => {
    expect(topIds('kalju')[0]).toBe(SEED_ID)
  })

  it('needs every word, and falls back to some words when no statement has all', () => {
    const all = engine.search(query('kaljurand quillfeather'))
    expect(all.partial).toBe(true)
    expect(all.total).toBeGreaterThan(1)
    expect(engine.search(query('kaljurand warsaw')).partial).toBe(false)
  })

  it('reports words nothing matches', () => {
    const r = engine.search(query('xylophonic'))
    expect(r.total).toBe(0)
    expect(r.unmatchedWords).toEqual(['xylophonic'])
  })

  it('filters by speaker, topic, type and date, and counts facets without their own filter', () => {
    const r = engine.search(query('', { speakers: ['marina-kaljurand'], from: '2016-01-01', to: '2016-12-31' }))
    expect(r.ids.map((d) => engine.statements[d]?.id)).toEqual([SEED_ID])
    // The speaker facet ignores the speaker filter, so other speakers stay choosable…
    expect(r.facets.speakers.length).toBeGreaterThan(1)
    // …while the topic facet counts only what the current filters leave.
    expect(r.facets.topics.find((t) => t.id === 'eu-nato')?.count).toBe(1)
    const none = engine.search(query('', { speakers: ['marina-kaljurand'], types: ['interview'] }))
    expect(none.total).toBe(0)
  })

  it('sorts by date both ways', () => {
    const dates = (sort: SearchQuery['sort']) =>
      engine.search(query('', { sort })).ids.map((d) => engine.statements[d]?.date ?? '')
    const newest = dates('newest')
    expect(newest).toEqual([...newest].sort().reverse())
    expect(dates('oldest')).toEqual([...newest].reverse())
  })

  it('gives matched terms to highlight, and a snippet around them', async () => {
    const r = engine.search(query('kaljurnd normal'))
    const hit = engine.hitAt(r, 0)
    expect(hit?.statement.id).toBe(SEED_ID)
    const [snippet] = await engine.snippets([r.ids[0] as number], r.matchedTerms)
    const marked = snippet?.ranges.map(([s, e]) => snippet.text.slice(s, e))
    expect(marked).toEqual(expect.arrayContaining(['Kaljurand', 'normal']))
    expect(hit?.titleRanges.map(([s, e]) => hit.statement.title.slice(s, e))).toEqual(['Kaljurand'])
  })
})

describe('highlighting', () => {
  it('marks whole words whatever their case or accents', () => {
    const text = 'NATO’s partners and Rivasséau met nato staff'
    const ranges = highlightRanges(text, new Set(['nato', 'rivasseau']))
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['NATO', 'Rivasséau', 'nato'])
  })

  it('cuts long paragraphs to the stretch with the most matches', () => {
    const filler = 'lorem ipsum dolor '.repeat(40)
    const snippet = bestSnippet([filler, `${filler} the needle sits here ${filler}`], new Set(['needle']), 120)
    expect(snippet.paragraph).toBe(1)
    expect(snippet.text.length).toBeLessThanOrEqual(120)
    expect(snippet.clippedStart && snippet.clippedEnd).toBe(true)
    expect(snippet.ranges.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['needle'])
  })
})
