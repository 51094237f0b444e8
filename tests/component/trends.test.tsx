import { screen, waitFor, within } from '@testing-library/react'
import Papa from 'papaparse'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { archiveCorpus } from '../../src/corpus/archive-order.ts'
import { inMemoryRanker } from '../../src/search/in-memory-ranker.ts'
import { scanQuery } from '../../src/search/naive-scan.ts'
import { parseQuery, type QueryTerm } from '../../src/search/query-syntax.ts'
import { stringifySearch } from '../../src/search/search-params.ts'
import { fixtureCorpus, topics } from '../fixtures/corpus.ts'
import { PARTIAL_DATE_STATEMENTS } from '../fixtures/partial-date-statements.ts'
import { renderApp } from './render-app.tsx'
import { captureDownloads, readBlob } from './capture-downloads.ts'

vi.setConfig({ testTimeout: 30_000 })

// The trends page against a plain reading of the fixture texts: per year, the statements that
// use each series (naive-scan.ts) and all the statements of the year.

const corpus = archiveCorpus([...fixtureCorpus(200).statements, ...PARTIAL_DATE_STATEMENTS], topics)
const ranker = inMemoryRanker(corpus)
const expand = (term: QueryTerm) => ranker.termExpansions(term).map((e) => e.term)
const SERIES = ['"incident response"', 'ransomware OR extortion']
const trendUrl = (params: Record<string, unknown>) => `/trends${stringifySearch(params)}`

/** Per year from the first to the last: all statements, and those each series finds. */
function naiveTrend(series: readonly string[]) {
  const found = series.map((q) => new Set(scanQuery(corpus, parseQuery(q), expand)))
  const years = corpus.statements.map((s) => Number(s.date.slice(0, 4)))
  const first = Math.min(...years)
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => {
    const year = String(first + i)
    const docs = corpus.statements.flatMap((s, doc) => (s.date.startsWith(year) ? [doc] : []))
    return { year, total: docs.length, counts: found.map((set) => docs.filter((doc) => set.has(doc)).length) }
  })
}

/** The table's body, as the text of each cell. */
async function tableRows(): Promise<string[][]> {
  const table = await screen.findByRole('table', { name: /^Statements using each term/ })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent ?? ''))
}

const percent = (count: number, total: number) => {
  if (total === 0) return '—'
  if (count === 0) return '0%'
  return (count / total) * 100 < 0.05 ? '<0.1%' : `${((count / total) * 100).toFixed(1)}%`
}

/** The chart's points, each a link named by what it reads. */
const points = () => within(screen.getByRole('group', { name: /^Chart:/ })).getAllByRole('link')
const yTicks = () =>
  Array.from(screen.getByRole('group', { name: /^Chart:/ }).querySelectorAll('.trend-chart__y text')).map((t) => t.textContent ?? '')

afterEach(() => vi.restoreAllMocks())

describe('trends page', () => {
  it('tabulates, per year and series, the statements a plain reading finds, against all statements of the year', async () => {
    renderApp(trendUrl({ terms: SERIES }), corpus)
    const expected = naiveTrend(SERIES)
    expect(expected.some((p) => p.counts[0]! > 0) && expected.some((p) => p.counts[1]! > 0)).toBe(true)
    const rows = await tableRows()
    expect(rows).toEqual(
      expected.map((p) => [p.year, ...p.counts.flatMap((c) => [String(c), percent(c, p.total)]), p.total.toLocaleString('en-GB')]),
    )
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['Year', `${SERIES[0]}: statements`, `${SERIES[0]}: share`, `${SERIES[1]}: statements`, `${SERIES[1]}: share`, 'All statements'])
  })

  it('exports the same numbers as CSV, the share as a fraction', async () => {
    const files = captureDownloads()
    const { user } = renderApp(trendUrl({ terms: SERIES }), corpus)
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]?.name).toMatch(/^trend-incident-response-ransomware-or-extortion-\d{4}-\d{2}-\d{2}\.csv$/)
    const [header, ...rows] = Papa.parse<string[]>(await readBlob(files[0]!.blob), { skipEmptyLines: true }).data
    expect(header).toEqual(['period', 'from', 'to', 'total', ...SERIES.flatMap((s) => [`${s} count`, `${s} share`])])
    expect(rows).toEqual(
      naiveTrend(SERIES).map((p) => [
        p.year,
        `${p.year}-01-01`,
        `${p.year}-12-31`,
        String(p.total),
        ...p.counts.flatMap((c) => [String(c), p.total ? String(Number((c / p.total).toFixed(6))) : '']),
      ]),
    )
  })

  it('switches between share and count through the URL, and the axis and the points follow', async () => {
    const { user, currentUrl } = renderApp(trendUrl({ terms: SERIES }), corpus)
    const year = naiveTrend(SERIES).find((p) => p.counts[0]! > 0)!
    const pointName = (name: RegExp) => points().find((p) => name.test(p.getAttribute('aria-label') ?? ''))
    await screen.findByRole('group', { name: /^Chart: share of statements/ })
    expect(yTicks().every((t) => t.endsWith('%'))).toBe(true)
    expect(pointName(new RegExp(`^${year.year}: ${SERIES[0]} ${percent(year.counts[0]!, year.total).replace('.', '\\.')} \\(${year.counts[0]} of ${year.total} statements\\)$`))).toBeDefined()

    await user.click(screen.getByRole('button', { name: 'Count', pressed: false }))
    await waitFor(() => expect(currentUrl()).toBe(`${trendUrl({ terms: SERIES, scale: 'count' })}`))
    await screen.findByRole('group', { name: /^Chart: statements/ })
    expect(screen.getByRole('button', { name: 'Count', pressed: true })).toBeInTheDocument()
    const ticks = yTicks()
    expect(ticks.length).toBeGreaterThan(1)
    expect(ticks.every((t) => /^\d+$/.test(t))).toBe(true)
    expect(Math.max(...ticks.map(Number))).toBeGreaterThanOrEqual(Math.max(...naiveTrend(SERIES).flatMap((p) => p.counts)))
    expect(pointName(new RegExp(`^${year.year}: ${SERIES[0]} ${year.counts[0]} statements? \\(`))).toBeDefined()

    await user.click(screen.getByRole('button', { name: 'Share', pressed: false }))
    await waitFor(() => expect(currentUrl()).toBe(trendUrl({ terms: SERIES })))
  })

  it('opens the search for a series in a period from a click on its point, with the same count', async () => {
    const { user, currentUrl } = renderApp(trendUrl({ terms: SERIES, topic: ['cybersecurity'] }), corpus)
    const rows = await tableRows()
    const row = rows.find((r) => Number(r[3]) > 0)!
    const [year, , , count] = row
    const point = points().find((p) => p.getAttribute('aria-label')?.startsWith(`${year}: ${SERIES[1]} `))!
    await user.click(point)
    await waitFor(() =>
      expect(currentUrl()).toBe(`/${stringifySearch({ q: SERIES[1], topic: ['cybersecurity'], from: `${year}-01-01`, to: `${year}-12-31` })}`),
    )
    await screen.findByText(`${count} ${count === '1' ? 'statement matches' : 'statements match'} “${SERIES[1]}”`)
  })

  it('reads each point aloud from the keyboard, along the years and between the series, and opens it with Enter', async () => {
    const { user, currentUrl } = renderApp(trendUrl({ terms: SERIES }), corpus)
    const expected = naiveTrend(SERIES)
    await screen.findByRole('group', { name: /^Chart:/ })
    // One stop for Tab: the first point of the first series.
    const tabbable = points().filter((p) => p.getAttribute('tabindex') === '0')
    expect(tabbable).toHaveLength(1)
    tabbable[0]!.focus()
    const readout = () => document.querySelector('.trend-chart__readout')?.textContent
    const first = expected.find((p) => p.total > 0)!
    await waitFor(() => expect(readout()).toBe(`${first.year}: ${SERIES[0]} ${percent(first.counts[0]!, first.total)} (${first.counts[0]} of ${first.total} statements)`))
    await user.keyboard('{ArrowRight}')
    const second = expected.filter((p) => p.total > 0)[1]!
    await waitFor(() => expect(readout()).toMatch(new RegExp(`^${second.year}: ${SERIES[0]} `)))
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(readout()).toBe(`${second.year}: ${SERIES[1]} ${percent(second.counts[1]!, second.total)} (${second.counts[1]} of ${second.total} statements)`))
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(currentUrl()).toBe(`/${stringifySearch({ q: SERIES[1], from: `${second.year}-01-01`, to: `${second.year}-12-31` })}`))
  })

  it('edits the series: chips that remove themselves, a box that adds, a limit of six', async () => {
    const { user, currentUrl } = renderApp(trendUrl({ terms: ['cyber'] }), corpus)
    const box = await screen.findByRole('searchbox', { name: 'Add a term' })
    await user.type(box, 'zzyzxq{Enter}')
    await waitFor(() => expect(currentUrl()).toBe(trendUrl({ terms: ['cyber', 'zzyzxq'] })))
    // A series no statement uses still has its line, and the legend says so.
    const legend = screen.getByRole('list', { name: 'Legend' })
    expect(within(legend).getByText('zzyzxq').closest('li')).toHaveTextContent('no statement uses it')
    expect(document.querySelectorAll('.trend-chart__line')).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Remove cyber' }))
    await waitFor(() => expect(currentUrl()).toBe(trendUrl({ terms: ['zzyzxq'] })))
    await user.type(screen.getByRole('searchbox', { name: 'Add a term' }), 'a, b, c, d, e, f{Enter}')
    await waitFor(() => expect(currentUrl()).toBe(trendUrl({ terms: ['zzyzxq', 'a', 'b', 'c', 'd', 'e'] })))
    // The page keeps to the limit itself: the address never needs correcting.
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('A trend compares at most 6 terms: remove one to add another.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled()
  })

  it('says how many statements dated only to the year a monthly trend leaves out of its points', async () => {
    renderApp(trendUrl({ terms: ['lighthouse'], from: '2016-01-01', to: '2016-12-31' }), corpus)
    expect(await screen.findByText(/^2 statements dated only to the year are not in these monthly points/)).toBeInTheDocument()
    const rows = await tableRows()
    expect(rows).toHaveLength(13)
    expect(rows[5]).toEqual(['June 2016', '1', expect.any(String), expect.any(String)])
    expect(rows[12]?.slice(0, 2)).toEqual(['Dated only to the year', '2'])
  })

  it('is linked from the search page, with the query and the filters, and links back to the search', async () => {
    const { user, currentUrl } = renderApp('/?q=ransomware&topic=cybersecurity&sort=oldest', corpus)
    await user.click(await screen.findByRole('link', { name: 'Trend over time' }))
    await waitFor(() => expect(currentUrl()).toBe(trendUrl({ topic: ['cybersecurity'], terms: ['ransomware'] })))
    await user.click(await screen.findByRole('link', { name: '← Search for “ransomware”' }))
    await waitFor(() => expect(currentUrl()).toBe('/?q=ransomware&topic=cybersecurity'))
  })

  it('is not offered by a search without words', async () => {
    renderApp('/?topic=cybersecurity', corpus)
    await screen.findByRole('button', { name: /^Export CSV/ })
    expect(screen.queryByRole('link', { name: 'Trend over time' })).toBeNull()
  })
})
