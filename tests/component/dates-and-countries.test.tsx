import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { archiveCorpus } from '../../src/corpus/archive-order.ts'
import { fixtureCorpus, topics } from '../fixtures/corpus.ts'
import { PARTIAL_DATE_STATEMENTS } from '../fixtures/partial-date-statements.ts'
import { renderApp } from './render-app.tsx'

// Statements dated only to the year or the month, and statements given on behalf of a country,
// through the URL, the sort, the date filter, the timeline, the facet, the statement page and
// the citation.

const corpus = archiveCorpus([...fixtureCorpus().statements, ...PARTIAL_DATE_STATEMENTS], topics)
const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)

describe('dates as known', () => {
  it('sorts a partial date by the start of its interval, and says when only the year or month is known', async () => {
    renderApp('/?q=lighthouse+keepers&sort=newest', corpus)
    await screen.findByText('4 statements match “lighthouse keepers”')
    expect(titles()).toEqual([
      'Estmark statement on the lighthouse keepers', // 2016-06, from 1 June
      'Compact note on the lighthouse keepers', // 20 May 2016
      'Norlund at the General Debate, 71st session (2016)', // 2016, from 1 January; ties by id
      'Veloria at the General Debate, 71st session (2016)',
    ])
    const rows = screen.getAllByRole('article')
    expect(within(rows[0]!).getByText('June 2016')).toBeInTheDocument()
    expect(within(rows[0]!).getByText('(month only)')).toBeInTheDocument()
    expect(within(rows[1]!).getByText('20 May 2016')).toBeInTheDocument()
    expect(within(rows[1]!).queryByText(/only\)/)).toBeNull()
    expect(within(rows[2]!).getByText('2016')).toBeInTheDocument()
    expect(within(rows[2]!).getByText('(year only)')).toBeInTheDocument()
  })

  it('includes a statement when its date’s interval overlaps the date filter', async () => {
    renderApp('/?q=lighthouse+keepers&from=2016-06-10&to=2016-06-20', corpus)
    // The year 2016 and the month June 2016 overlap 10–20 June; 20 May does not.
    await screen.findByText('3 statements match “lighthouse keepers”')
    expect(titles()).not.toContain('Compact note on the lighthouse keepers')
  })

  it('keeps year-only statements out of monthly bars, and says how many there are', async () => {
    renderApp('/?q=lighthouse+keepers', corpus)
    const chart = await screen.findByRole('img', { name: /^Timeline: statements per month, 2016\./ })
    expect(chart).toBeInTheDocument()
    expect(screen.getByText(/2 statements dated only to the year are not in these monthly bars/)).toBeInTheDocument()
  })

  it('shows the date as recorded on the statement page, and cites it without a month', { timeout: 60_000 }, async () => {
    const { user } = renderApp('/statements/2016-veloria-at-the-general-debate-71st-session', corpus)
    expect(await screen.findByRole('heading', { level: 1, name: /Veloria at the General Debate/ })).toBeInTheDocument()
    expect(screen.getAllByText('(year only)').length).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: 'Veloria (fictional)' })).toHaveAttribute('href', '/countries/XVL')
    await user.click(screen.getByRole('button', { name: 'Cite' }))
    const panel = screen.getByRole('region', { name: 'Cite this statement' })
    // The citation library is fetched and reads its styles on the first Cite: seconds in jsdom.
    const bib = (await within(panel).findByLabelText('BibTeX citation', {}, { timeout: 30_000 })).textContent ?? ''
    expect(bib).toContain('year = {2016}')
    expect(bib).not.toContain('month =')
    expect(within(panel).getByLabelText('Chicago (author-date) citation')).toHaveTextContent('Quillfeather, Ada. 2016. “Veloria at the General Debate, 71st Session (2016).” Remarks, General Assembly Hall.')
    expect(within(panel).getByLabelText('APA citation')).toHaveTextContent(/^Quillfeather, A\. \(2016\)\./)
  })
})

describe('countries', () => {
  it('filters by country from the facet, with counts, a chip and the URL', async () => {
    const { user, currentUrl } = renderApp('/?q=lighthouse+keepers', corpus)
    const facet = await screen.findByRole('group', { name: 'Country' })
    const veloria = within(facet).getByRole('checkbox', { name: /Veloria \(fictional\)/ })
    await user.click(veloria)
    await waitFor(() => expect(currentUrl()).toBe('/?q=lighthouse+keepers&country=XVL'))
    await screen.findByText('1 statement matches “lighthouse keepers”')
    expect(screen.getByRole('button', { name: 'Remove filter Country: Veloria (fictional)' })).toBeInTheDocument()
    // The row names its country, linking to the country's page.
    const row = screen.getByRole('article')
    expect(within(row).getByRole('link', { name: 'Veloria (fictional)' })).toHaveAttribute('href', '/countries/XVL')
  })

  it('drops a country code the archive does not hold, with a notice', async () => {
    const { currentUrl } = renderApp('/?country=XVL,ZZZ', corpus)
    await screen.findByText(/is not a country in this archive/)
    expect(currentUrl()).toBe('/?country=XVL')
  })

  it('has a page per country: its statements and its speakers', async () => {
    renderApp('/countries/XNL', corpus)
    expect(await screen.findByRole('heading', { level: 1, name: 'Norlund (fictional)' })).toBeInTheDocument()
    const expected = corpus.statements.filter((s) => s.country === 'XNL')
    expect(screen.getByText(new RegExp(`^${expected.length} statements in the archive`))).toBeInTheDocument()
    const speakers = screen.getByRole('region', { name: 'Speakers' })
    expect(within(speakers).getByRole('link', { name: /Greta Vinterholm/ })).toBeInTheDocument()
  })

  it('says so for a country the archive does not hold', async () => {
    renderApp('/countries/ZZZ', corpus)
    expect(await screen.findByRole('heading', { level: 1, name: 'Country not found' })).toBeInTheDocument()
  })
})
