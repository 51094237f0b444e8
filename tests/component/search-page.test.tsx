import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fixtureCorpus, SEED_ID } from '../fixtures/corpus.ts'
import { renderApp } from './render-app.tsx'

const SEED_TITLE = /Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation/

function resultTitles() {
  return screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)
}

function resultDates() {
  return screen.getAllByRole('article').map((a) => a.querySelector('time')?.getAttribute('datetime') ?? '')
}

describe('search page', () => {
  it('lists every statement, newest first, with a visible count', async () => {
    renderApp('/')
    const count = await screen.findByText('41 statements')
    expect(count).toHaveAttribute('aria-live', 'polite')
    // The list is virtualized: the rows near the viewport exist, each saying where it stands.
    const rows = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('aria-setsize'))
    expect(rows.length).toBeGreaterThan(3)
    expect(rows[0]).toHaveAttribute('aria-setsize', '41')
    expect(rows.map((r) => r.getAttribute('aria-posinset')).slice(0, 3)).toEqual(['1', '2', '3'])
    const dates = resultDates()
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('fetches the rows it shows, and the next page’s, not the whole catalog', async () => {
    const corpus = fixtureCorpus(400)
    const { archive } = renderApp('/', corpus)
    await screen.findByText('401 statements')
    const { rowsPerChunk } = archive.catalog
    // Newest first: the first rows are documents 0, 1, 2…, in the first chunks.
    await waitFor(() => expect(archive.catalog.isLoaded(29)).toBe(true))
    // How many are shown depends on the window: once its code is here, the virtualizer keeps
    // only the rows in view and a few more.
    const shown = screen.getAllByRole('article').length
    expect(shown).toBeGreaterThan(3)
    const needed = Math.ceil((shown + 10) / rowsPerChunk)
    expect(new Set(archive.rowRequests).size).toBeLessThanOrEqual(needed + 1)
    expect(Math.max(...archive.rowRequests)).toBeLessThan(needed + 1)
    expect(archive.catalog.isLoaded(400)).toBe(false)
  })

  it('narrows the results as the person types, tolerating a typo, and keeps q in the URL', async () => {
    const { user, currentUrl, history } = renderApp('/')
    const box = await screen.findByRole('searchbox', { name: /search 41 statements/i })
    const entriesBefore = history.length
    await user.type(box, 'kaljurnd')
    await waitFor(() => expect(screen.getByText('1 statement matches “kaljurnd”')).toBeInTheDocument())
    expect(resultTitles()).toEqual([expect.stringMatching(SEED_TITLE)])
    // The matched word is marked in the title.
    const title = screen.getByRole('heading', { level: 3 })
    expect(within(title).getByText('Kaljurand', { selector: 'mark' })).toBeInTheDocument()
    expect(currentUrl()).toBe('/?q=kaljurnd')
    // Typing replaces the history entry instead of pushing one per key.
    expect(history.length).toBe(entriesBefore)
  })

  it('finds a half-remembered phrase across title, speaker and body', async () => {
    renderApp('/?q=kaljurand+new+normal')
    const title = await screen.findByRole('link', { name: SEED_TITLE })
    expect(title).toBeInTheDocument()
    const article = title.closest('article') as HTMLElement
    // The snippet is the passage holding the phrase, with the words marked; it follows the row.
    expect(await within(article).findByText('normal', { selector: 'mark' })).toBeInTheDocument()
  })

  it('pushes a history entry when a filter is ticked', async () => {
    const { user, currentUrl, history } = renderApp('/?q=cyber')
    const speakers = await screen.findByRole('group', { name: 'Speaker' })
    const before = history.length
    // Many speakers: the list is searchable.
    await user.type(within(speakers).getByRole('searchbox', { name: 'Find a speaker' }), 'kalj')
    await user.click(within(speakers).getByRole('checkbox', { name: /Marina Kaljurand/ }))
    await waitFor(() => expect(currentUrl()).toBe('/?q=cyber&speaker=marina-kaljurand'))
    expect(history.length).toBe(before + 1)
    expect(screen.getByRole('button', { name: 'Remove filter Speaker: Marina Kaljurand' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1))
  })

  it('renders the filtered state from a URL, with chips that remove filters', async () => {
    const { user, currentUrl } = renderApp('/?topic=eu-nato&from=2016-01-01&to=2016-12-31')
    const topics = await screen.findByRole('group', { name: 'Topic' })
    expect(within(topics).getByRole('checkbox', { name: /EU–NATO cooperation/ })).toBeChecked()
    expect(screen.getByLabelText('From')).toHaveValue('2016-01-01')
    expect(screen.getByRole('link', { name: SEED_TITLE })).toBeInTheDocument()
    for (const article of screen.getAllByRole('article')) {
      expect(within(article).getByText(/2016/, { selector: 'time' })).toBeInTheDocument()
    }
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }))
    await waitFor(() => expect(currentUrl()).toBe('/'))
    expect(await screen.findByText('41 statements')).toBeInTheDocument()
  })

  it('drops invalid parameters, says which, and keeps the valid ones', async () => {
    const { currentUrl } = renderApp('/?q=cyber&sort=sideways&from=2016-13-45&speaker=nobody-at-all,marina-kaljurand&colour=red')
    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent('sort “sideways” is not a sort order')
    expect(notice).toHaveTextContent('from “2016-13-45” is not a date')
    expect(notice).toHaveTextContent('speaker “nobody-at-all” is not a speaker in this archive')
    expect(notice).toHaveTextContent('colour “red” is not a search option')
    await waitFor(() => expect(currentUrl()).toBe('/?q=cyber&speaker=marina-kaljurand'))
    expect(within(screen.getByRole('group', { name: 'Speaker' })).getByRole('checkbox', { name: /Marina Kaljurand/ })).toBeChecked()
  })

  it('sorts oldest first on request and leaves the default sort out of the URL', async () => {
    const { user, currentUrl } = renderApp('/?q=cyber')
    const sort = await screen.findByRole('combobox', { name: 'Sort by' })
    expect(sort).toHaveValue('relevance')
    await user.selectOptions(sort, 'oldest')
    await waitFor(() => expect(currentUrl()).toBe('/?q=cyber&sort=oldest'))
    await waitFor(() => expect(resultDates()).toEqual([...resultDates()].sort()))
    expect(resultDates().length).toBeGreaterThan(2)
  })

  it('opens a statement from a result and carries the search along', async () => {
    const { user, currentUrl } = renderApp('/?q=kaljurnd')
    await user.click(await screen.findByRole('link', { name: SEED_TITLE }))
    expect(await screen.findByRole('heading', { level: 1, name: SEED_TITLE })).toBeInTheDocument()
    expect(currentUrl()).toBe(`/statements/${SEED_ID}?q=kaljurnd`)
    await user.click(screen.getByRole('link', { name: /back to results/i }))
    expect(await screen.findByRole('searchbox')).toHaveValue('kaljurnd')
    expect(currentUrl()).toBe('/?q=kaljurnd')
  })
})
