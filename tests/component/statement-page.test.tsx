import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CompiledCorpus, Statement } from '../../src/corpus/schema.ts'
import { fixtureCorpus, SEED_ID } from '../fixtures/corpus.ts'
import { renderApp } from './render-app.tsx'

describe('statement page', () => {
  it('shows the full text with paragraph anchors, the speaker, the quotations and the topics', async () => {
    const { container } = renderApp(`/statements/${SEED_ID}`)
    expect(await screen.findByRole('heading', { level: 1, name: /Foreign Minister Kaljurand/ })).toBeInTheDocument()
    expect(container.querySelector('#p1')).toHaveTextContent(/Speaking yesterday at the European Parliament/)
    expect(container.querySelector('#p4')).toHaveTextContent(/Francois Rivasseau/)
    expect(screen.getByRole('link', { name: 'Marina Kaljurand' })).toBeInTheDocument()
    expect(screen.getByText(', Foreign Minister of Estonia')).toBeInTheDocument()
    expect(screen.getByText('7 April 2016', { selector: 'dd time' })).toBeInTheDocument()
    expect(screen.getByText('Brussels', { selector: 'dd' })).toBeInTheDocument()
    const quotes = screen.getByRole('region', { name: 'Quotations' })
    expect(within(quotes).getAllByRole('figure')).toHaveLength(4)
    expect(within(quotes).getByText(/Continuous cyberattacks are the new normal/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'EU–NATO cooperation' })).toHaveAttribute('href', '/?topic=eu-nato')
    // No source URL was published with the seed, so none is shown.
    expect(screen.getByText('(no link recorded)')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /all statements/i })).toHaveAttribute('href', '/')
  })

  it('highlights the words of the search it was opened from', async () => {
    renderApp(`/statements/${SEED_ID}?q=new+normal`)
    const text = await screen.findByRole('region', { name: 'Full text' })
    expect(within(text).getByText('normal', { selector: 'mark' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /back to results/i })).toHaveAttribute('href', '/?q=new+normal')
  })

  it('renders hostile text as inert text and links only http(s) sources', async () => {
    const hostile: Statement = {
      id: '2020-01-01-hostile-fixture',
      date: '2020-01-01',
      title: '<img src=x onerror=alert(1)> Fictional hostile title',
      type: 'statement',
      speakers: [{ id: 'test-person', name: '<script>alert(2)</script>', role: 'Synthetic tester' }],
      topics: [],
      source: { url: 'javascript:alert(3)', publisher: 'Fictional publisher' },
      paragraphs: ['<svg onload=alert(4)> and [a link](javascript:alert(5))'],
      synthetic: true,
    }
    const base = fixtureCorpus(0)
    const corpus: CompiledCorpus = { ...base, statements: [hostile, ...base.statements] }
    const { container } = renderApp(`/statements/${hostile.id}`, corpus)
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('<img src=x onerror=alert(1)> Fictional hostile title')
    expect(container.querySelector('img, script, svg')).toBeNull()
    expect(screen.queryByRole('link', { name: 'Fictional publisher' })).toBeNull()
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).not.toMatch(/^javascript:/i)
  })

  it('shows a real not-found page for an unknown id', async () => {
    renderApp('/statements/2016-01-01-no-such-statement')
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Search the archive for it' })).toBeInTheDocument()
  })
})

describe('a link to one paragraph', () => {
  it('scrolls to the paragraph a passage links to, text fragment and all', async () => {
    const scrolled: string[] = []
    const original = Element.prototype.scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id)
    }
    try {
      renderApp(`/statements/${SEED_ID}#p3:~:text=new%20normal`)
      await screen.findByRole('heading', { level: 1 })
      await waitFor(() => expect(scrolled).toContain('p3'))
    } finally {
      Element.prototype.scrollIntoView = original
    }
  })
})
