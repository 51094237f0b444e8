import { describe, expect, it } from 'vitest'
import { archiveCorpus } from '../../../src/corpus/archive-order.ts'
import { dateStart } from '../../../src/corpus/partial-date.ts'
import { highlightRanges } from '../../../src/search/highlight.ts'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import { scanQuery } from '../../../src/search/naive-scan.ts'
import type { Passage } from '../../../src/search/passages.ts'
import { PASSAGE_ORDERS } from '../../../src/search/search-types.ts'
import { parseQuery } from '../../../src/search/query-syntax.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import { SearchAnswers } from '../../../src/service/search-side.ts'
import { fixtureCorpus, topics } from '../../fixtures/corpus.ts'
import { PARTIAL_DATE_STATEMENTS } from '../../fixtures/partial-date-statements.ts'

// Trends and passages against a plain reading of the fixture texts: counts per year and
// series, and every occurrence, in the same order under each sort.

const corpus = archiveCorpus([...fixtureCorpus(200).statements, ...PARTIAL_DATE_STATEMENTS], topics)
const ranker = inMemoryRanker(corpus)
const answers = new SearchAnswers({ ranker, loadBody: async (doc) => ({ paragraphs: corpus.statements[doc]?.paragraphs ?? [] }) })
const { q: _q, sort: _s, ...noFilters } = toSearchQuery({})
const expand = (term: Parameters<typeof ranker.termExpansions>[0]) => ranker.termExpansions(term).map((e) => e.term)

describe('trends', () => {
  it('count, per year and series, the statements a plain reading finds, against all statements of the year', async () => {
    const series = ['"incident response" ', 'ransomware OR extortion ', 'cyber* -"the union" ']
    const trend = await answers.trends({ series, filters: noFilters })
    expect(trend.unit).toBe('year')
    const years = [...new Set(corpus.statements.map((s) => s.date.slice(0, 4)))].sort()
    expect(trend.periods.map((p) => p.key)).toEqual(
      Array.from({ length: Number(years.at(-1)) - Number(years[0]) + 1 }, (_, i) => String(Number(years[0]) + i)),
    )
    series.forEach((q, k) => {
      const found = new Set(scanQuery(corpus, parseQuery(q), expand))
      for (const period of trend.periods) {
        const inYear = corpus.statements.map((s, doc) => ({ s, doc })).filter(({ s }) => s.date.startsWith(period.key))
        expect(period.total, period.key).toBe(inYear.length)
        expect(period.counts[k], `${q} ${period.key}`).toBe(inYear.filter(({ doc }) => found.has(doc)).length)
      }
    })
    expect(trend.periods.some((p) => (p.counts[0] as number) > 0)).toBe(true)
  })

  it('apply the filters to every series, and go by month within three years, counting year-only dates apart', async () => {
    const trend = await answers.trends({ series: ['lighthouse ', 'keepers '], filters: { ...noFilters, from: '2016-01-01', to: '2016-12-31' } })
    expect(trend.unit).toBe('month')
    expect(trend.periods).toHaveLength(12)
    // Two lighthouse statements are dated only "2016": they are not put in January.
    expect(trend.yearOnly.counts).toEqual([2, 2])
    expect(trend.periods.find((p) => p.key === '2016-06')?.counts).toEqual([1, 1])
    const veloria = await answers.trends({ series: ['lighthouse '], filters: { ...noFilters, country: ['XVL'] } })
    expect(veloria.periods.reduce((n, p) => n + (p.counts[0] as number), 0) + veloria.yearOnly.counts[0]!).toBe(1)
  })
})

describe('passages', () => {
  /** Every marked occurrence in paragraphs, straight from the texts. */
  const naive = (q: string) => {
    const results = ranker.search({ ...toSearchQuery({ q }), sort: 'oldest' })
    const terms = results.matchedTerms
    return results.ids.flatMap((doc) =>
      (corpus.statements[doc]?.paragraphs ?? []).flatMap((text, i) =>
        highlightRanges(text, terms, results.phrases).map(([s, e]) => ({ doc, paragraph: i + 1, match: text.slice(s, e) })),
      ),
    )
  }

  it.each(['"incident response" ', 'ransomware OR resilience ', 'lighthouse '])('list every occurrence of %j, as many as a plain reading finds', async (q) => {
    const expected = naive(q)
    const all = await answers.passages({ query: { ...toSearchQuery({ q }), sort: 'oldest' }, order: 'oldest', offset: 0, limit: Infinity })
    expect(all.total).toBe(expected.length)
    expect(all.statements).toBe(new Set(expected.map((p) => p.doc)).size)
    expect(all.passages.map(({ doc, paragraph, match }) => ({ doc, paragraph, match }))).toEqual(expected)
    // A page at a time gives the same lines.
    const pages = []
    for (let offset = 0; offset < all.total; offset += 7) {
      pages.push(...(await answers.passages({ query: { ...toSearchQuery({ q }), sort: 'oldest' }, order: 'oldest', offset, limit: 7 })).passages)
    }
    expect(pages).toEqual(all.passages)
  })

  it('sort by date either way, and by the word before or after the match', async () => {
    const q = 'resilience '
    const query = { ...toSearchQuery({ q }), sort: 'oldest' as const }
    const listed = await Promise.all(PASSAGE_ORDERS.map(async (order) => (await answers.passages({ query, order, offset: 0, limit: Infinity })).passages))
    const [oldest, newest, byBefore, byAfter] = listed as [Passage[], Passage[], Passage[], Passage[]]
    const pages = { oldest, newest, before: byBefore, after: byAfter }
    const dateOf = (doc: number) => dateStart(corpus.statements[doc]?.date ?? '')
    const dates = (list: Passage[]) => list.map((p) => dateOf(p.doc))
    expect(dates(pages.oldest)).toEqual([...dates(pages.oldest)].sort())
    expect(dates(pages.newest)).toEqual([...dates(pages.newest)].sort().reverse())
    const word = (text: string, last: boolean) => {
      const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
      return (last ? words.at(-1) : words[0]) ?? ''
    }
    const before = pages.before.map((p) => word(p.left, true))
    expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    const after = pages.after.map((p) => word(p.right, false))
    expect(after).toEqual([...after].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    for (const list of listed) expect(list).toHaveLength(oldest.length)
    // About ten words of context on either side, the match in the middle.
    const line = pages.oldest.find((p) => p.left && p.right)
    expect(line?.match.toLowerCase()).toBe('resilience')
    expect((line?.left.match(/[\p{L}\p{N}]+/gu) ?? []).length).toBeLessThanOrEqual(10)
  })
})
