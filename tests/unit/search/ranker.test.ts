import { describe, expect, it } from 'vitest'
import type { Statement } from '../../../src/corpus/schema.ts'
import { TYPE_LABELS } from '../../../src/corpus/statement-types.ts'
import { catalogOf } from '../../../src/search/search-index-build.ts'
import { bestSnippet, highlightRanges } from '../../../src/search/highlight.ts'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import { toSearchQuery, type SearchParams } from '../../../src/search/search-params.ts'
import type { FacetCount, SearchQuery } from '../../../src/search/search-types.ts'
import { SearchAnswers } from '../../../src/service/search-side.ts'
import { buildTimeline, type TimelineStack } from '../../../src/research/timeline-bins.ts'
import { fixtureCorpus, SEED_ID } from '../../fixtures/corpus.ts'
import { timelineColumnsOf } from '../../fixtures/timeline-columns.ts'

const corpus = fixtureCorpus(300)
const ranker = inMemoryRanker(corpus)
const catalog = catalogOf(corpus)
const query = (q: string, rest: Omit<SearchParams, 'q'> = {}): SearchQuery => toSearchQuery({ q, ...rest })
const idOf = (doc: number) => corpus.statements[doc]?.id
const topIds = (q: string, rest?: Omit<SearchParams, 'q'>, n = 3) => ranker.search(query(q, rest)).ids.slice(0, n).map(idOf)

/** A facet as the panel lists it, counted by a plain scan: most statements first, then by label. */
function scanFacet(statements: readonly Statement[], values: (s: Statement) => Array<{ id: string; label: string }>): FacetCount[] {
  const found = new Map<string, FacetCount>()
  for (const s of statements) {
    for (const { id, label } of new Map(values(s).map((v) => [v.id, v])).values()) {
      const count = found.get(id)
      if (count) count.count++
      else found.set(id, { id, label, count: 1 })
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

describe('ranking', () => {
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
    const all = ranker.search(query('kaljurand quillfeather'))
    expect(all.partial).toBe(true)
    expect(all.total).toBeGreaterThan(1)
    expect(ranker.search(query('kaljurand warsaw')).partial).toBe(false)
  })

  it('reports words nothing matches', () => {
    const r = ranker.search(query('xylophonic'))
    expect(r.total).toBe(0)
    expect(r.unmatchedWords).toEqual(['xylophonic'])
  })

  it('filters by speaker, topic, type and date, and counts facets without their own filter', () => {
    const r = ranker.search(query('', { speaker: ['marina-kaljurand'], from: '2016-01-01', to: '2016-12-31' }))
    expect(r.ids.map(idOf)).toEqual([SEED_ID])
    const inRange = (s: Statement) => s.date >= '2016-01-01' && s.date <= '2016-12-31'
    const bySpeaker = (s: Statement) => s.speakers.some((sp) => sp.id === 'marina-kaljurand')
    const speakers = (s: Statement) => s.speakers.map((sp) => ({ id: sp.id, label: sp.name }))
    // The speaker facet ignores the speaker filter, so other speakers stay choosable: each
    // speaker counts the statements of 2016, whoever made them…
    const expectedSpeakers = scanFacet(corpus.statements.filter(inRange), speakers)
    expect(expectedSpeakers.length).toBeGreaterThan(1)
    expect(r.facets.speaker).toEqual(expectedSpeakers)
    // …while the topic and type facets count only what all the filters leave…
    const left = corpus.statements.filter((s) => inRange(s) && bySpeaker(s))
    const topicLabel = (id: string) => corpus.topics.find((t) => t.id === id)?.label ?? id
    expect(r.facets.topic).toEqual(scanFacet(left, (s) => s.topics.map((id) => ({ id, label: topicLabel(id) }))))
    expect(r.facets.topic.find((t) => t.id === 'eu-nato')?.count).toBe(1)
    expect(r.facets.type).toEqual(scanFacet(left, (s) => [{ id: s.type, label: TYPE_LABELS[s.type] }]))
    // …and the years ignore the dates, so the timeline shows the speaker's every year.
    const years = scanFacet(corpus.statements.filter(bySpeaker), (s) => [{ id: s.date.slice(0, 4), label: s.date.slice(0, 4) }])
    expect(r.years).toEqual(years.sort((a, b) => b.id.localeCompare(a.id)))
    const none = ranker.search(query('', { speaker: ['marina-kaljurand'], type: ['interview'] }))
    expect(none.total).toBe(0)
    // Chosen values stay listed, at zero, so that they can still be unticked.
    expect(none.facets.type).toEqual([
      { id: 'press-release', label: TYPE_LABELS['press-release'], count: 1 },
      { id: 'interview', label: TYPE_LABELS.interview, count: 0 },
    ])
    expect(none.facets.speaker).toContainEqual({ id: 'marina-kaljurand', label: 'Marina Kaljurand', count: 0 })
  })

  it('counts facets over the text matches, each without its own filter', () => {
    const matches = ranker.search(query('resilience')).ids.map((doc) => corpus.statements[doc] as Statement)
    const types = ['statement', 'remarks', 'press-release', 'interview']
    const topics = ['eu', 'nato', 'ransomware']
    const r = ranker.search(query('resilience', { topic: topics, type: types }))
    const topicOk = (s: Statement) => s.topics.some((t) => topics.includes(t))
    const typeOk = (s: Statement) => types.includes(s.type)
    const topicLabel = (id: string) => corpus.topics.find((t) => t.id === id)?.label ?? id
    expect(r.ids.map(idOf)).toEqual(matches.filter((s) => topicOk(s) && typeOk(s)).map((s) => s.id))
    expect(r.total).toBeGreaterThan(5)
    expect(matches.length).toBeGreaterThan(r.total * 2)
    expect(r.facets.speaker).toEqual(scanFacet(matches.filter((s) => topicOk(s) && typeOk(s)), (s) => s.speakers.map((sp) => ({ id: sp.id, label: sp.name }))))
    expect(r.facets.topic).toEqual(scanFacet(matches.filter(typeOk), (s) => s.topics.map((id) => ({ id, label: topicLabel(id) }))))
    expect(r.facets.type).toEqual(scanFacet(matches.filter(topicOk), (s) => [{ id: s.type, label: TYPE_LABELS[s.type] }]))
  })

  it('sorts by date both ways', () => {
    const dates = (sort: SearchQuery['sort']) => ranker.search(query('', { sort })).ids.map((d) => corpus.statements[d]?.date ?? '')
    const newest = dates('newest')
    expect(newest).toEqual([...newest].sort().reverse())
    expect(dates('oldest')).toEqual([...newest].reverse())
  })

  it('gives matched terms to highlight, and a snippet around them', async () => {
    const r = ranker.search(query('kaljurnd normal'))
    const hit = catalog.hitAt(r, 0)
    expect(hit?.entry.id).toBe(SEED_ID)
    const answers = new SearchAnswers({ ranker, loadBody: async (doc) => ({ paragraphs: corpus.statements[doc]?.paragraphs ?? [] }) })
    const [snippet] = await answers.snippets([r.ids[0] as number], { terms: [...r.matchedTerms], phrases: r.phrases })
    const marked = snippet?.ranges.map(([s, e]) => snippet.text.slice(s, e))
    expect(marked).toEqual(expect.arrayContaining(['Kaljurand', 'normal']))
    expect(hit?.titleRanges.map(([s, e]) => hit.entry.title.slice(s, e))).toEqual(['Kaljurand'])
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

describe('timeline columns', () => {
  it('place every match as the statements themselves would, in each stacking', () => {
    // A date known only to the year and one known to the month among the fixture's days.
    const dated = fixtureCorpus(120)
    dated.statements[3] = { ...dated.statements[3]!, date: '2019' }
    dated.statements[7] = { ...dated.statements[7]!, date: '2020-05' }
    const r = inMemoryRanker(dated)
    for (const q of ['', 'resilience', 'cyber']) {
      const ids = r.search(query(q)).ids
      expect(ids.length).toBeGreaterThan(3)
      const statements = ids.map((doc) => dated.statements[doc] as Statement)
      for (const stack of ['none', 'topic', 'speaker'] as TimelineStack[]) {
        expect(buildTimeline(r.timelineColumns(ids), { stack })).toEqual(buildTimeline(timelineColumnsOf(statements), { stack }))
      }
    }
    // Among months, the date known only to the year is counted apart, never put in a month.
    const two = buildTimeline(r.timelineColumns([3, 7]))
    expect([two.unit, two.yearOnly, two.bins.length]).toEqual(['month', 1, 17])
    expect(two.bins.filter((b) => b.total).map((b) => [b.key, b.total])).toEqual([['2020-05', 1]])
  })
})
