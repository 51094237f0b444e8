import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fixtureCorpus, SEED_ID } from '../../fixtures/corpus.ts'
import { renderApp } from '../render-app.tsx'

vi.setConfig({ testTimeout: 20_000 })

describe('speaker and topic pages', () => {
  it('opens a speaker page from a result: name, roles, count, timeline, topics, statements, quotations', async () => {
    const { user, currentUrl } = renderApp('/?q=kaljurand')
    const result = (await screen.findAllByRole('article'))[0] as HTMLElement
    await user.click(within(result).getByRole('link', { name: 'Marina Kaljurand' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Marina Kaljurand' })).toBeInTheDocument()
    expect(currentUrl()).toBe('/speakers/marina-kaljurand')
    expect(screen.getByText(/^1 statement in the archive, 7 April 2016\./)).toBeInTheDocument()
    const roles = screen.getByRole('region', { name: 'Roles' })
    expect(within(roles).getByText('Foreign Minister of Estonia')).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'Timeline: statements per month, 2016. Most in April 2016: 1.' })).toBeInTheDocument()
    const topics = screen.getByRole('region', { name: 'Topics' })
    expect(within(topics).getByRole('link', { name: /^EU–NATO cooperation 1 ?statement$/ })).toHaveAttribute('href', '/topics/eu-nato')
    const statements = screen.getByRole('region', { name: 'Statements' })
    expect(within(statements).getByRole('link', { name: /The EU and NATO must intensify/ })).toHaveAttribute('href', `/statements/${SEED_ID}`)
    const quotes = screen.getByRole('region', { name: 'Quotations' })
    expect(within(quotes).getAllByRole('figure')).toHaveLength(4)
  })

  it('lists a busy speaker’s statements newest first', async () => {
    renderApp('/speakers/ada-quillfeather')
    await screen.findByRole('heading', { level: 1, name: 'Ada Quillfeather' })
    const statements = screen.getByRole('region', { name: 'Statements' })
    const dates = within(statements).getAllByRole('listitem').map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '')
    expect(dates.length).toBeGreaterThan(1)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('fetches the rows of the statements it lists, a page at a time, not of every statement', async () => {
    const corpus = fixtureCorpus(1200)
    const { user, archive } = renderApp('/speakers/ada-quillfeather', corpus)
    await screen.findByRole('heading', { level: 1, name: 'Ada Quillfeather' })
    // Her statements, newest first (the fixture is in archive order: a statement's place is its number).
    const docs = corpus.statements.flatMap((s, doc) => (s.speakers.some((sp) => sp.id === 'ada-quillfeather') ? [doc] : []))
    expect(docs.length).toBeGreaterThan(50)
    const chunksOf = (some: number[]) => new Set(some.map((doc) => Math.floor(doc / archive.catalog.rowsPerChunk)))
    const statements = screen.getByRole('region', { name: 'Statements' })
    const titles = () => within(statements).getAllByRole('link').map((a) => a.textContent)
    expect(titles()).toEqual(docs.slice(0, 25).map((doc) => corpus.statements[doc]?.title))
    expect(new Set(archive.rowRequests)).toEqual(chunksOf(docs.slice(0, 25)))
    expect(archive.profileRequests).toEqual(['speaker/ada-quillfeather.json'])
    await user.click(within(statements).getByRole('button', { name: `Show 25 more of ${docs.length}` }))
    await waitFor(() => expect(titles()).toHaveLength(50))
    expect(titles()).toEqual(docs.slice(0, 50).map((doc) => corpus.statements[doc]?.title))
    expect(new Set(archive.rowRequests)).toEqual(chunksOf(docs.slice(0, 50)))
  })

  it('links every speaker mention on the statement page to the speaker page', async () => {
    const { user, currentUrl } = renderApp(`/statements/${SEED_ID}`)
    const quotes = await screen.findByRole('region', { name: 'Quotations' })
    const captionLinks = within(quotes).getAllByRole('link', { name: /^Marina Kaljurand ?\(speaker page\)$/ })
    expect(captionLinks).toHaveLength(4)
    await user.click(screen.getByRole('link', { name: 'Marina Kaljurand' }))
    await waitFor(() => expect(currentUrl()).toBe('/speakers/marina-kaljurand'))
  })

  it('shows a topic page with its speakers, linked to their pages', async () => {
    renderApp('/topics/eu-nato')
    expect(await screen.findByRole('heading', { level: 1, name: 'EU–NATO cooperation' })).toBeInTheDocument()
    const speakers = screen.getByRole('region', { name: 'Speakers' })
    expect(within(speakers).getByRole('link', { name: /^Marina Kaljurand 1 ?statement$/ })).toHaveAttribute('href', '/speakers/marina-kaljurand')
    expect(screen.getByRole('img', { name: /^Timeline: statements per/ })).toBeInTheDocument()
  })

  it('a timeline bar on a speaker page opens the search for that speaker and period', async () => {
    const { user, currentUrl } = renderApp('/speakers/marina-kaljurand')
    const chart = await screen.findByRole('img', { name: /^Timeline:/ })
    await user.click(within(chart).getByText('April 2016: 1 statement', { selector: 'title' }).parentElement as Element)
    await waitFor(() => expect(currentUrl()).toBe('/?speaker=marina-kaljurand&from=2016-04-01&to=2016-04-30'))
  })

  it('shows a not-found page for an unknown speaker or topic', async () => {
    renderApp('/speakers/nobody-at-all')
    expect(await screen.findByRole('heading', { level: 1, name: 'Speaker not found' })).toBeInTheDocument()
    renderApp('/topics/no-such-topic')
    expect(await screen.findByRole('heading', { level: 1, name: 'Topic not found' })).toBeInTheDocument()
  })
})
