import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { quoteTypedWords } from '../../src/features/search/query-reading.tsx'
import { countPhrase } from '../../src/search/naive-scan.ts'
import { fixtureCorpus } from '../fixtures/corpus.ts'
import { renderApp } from './render-app.tsx'

describe('query syntax on the search page', () => {
  it('opens the search tips from the keyboard and closes them with Esc, focus back on the button', async () => {
    // A narrow search keeps the page small: role queries in jsdom are slow on a large page.
    const { user } = renderApp('/?q=kaljurand')
    const box = await screen.findByRole('searchbox', { name: /search 41 statements/i })
    const tips = screen.getByRole('button', { name: 'Search tips' })
    expect(tips).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('table', { name: 'Search tips' })).not.toBeInTheDocument()

    await user.click(box)
    await user.tab()
    expect(tips).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(tips).toHaveAttribute('aria-expanded', 'true')
    const table = screen.getByRole('table', { name: 'Search tips' })
    expect(table).toBeVisible()
    expect(document.getElementById(tips.getAttribute('aria-controls') ?? '')).toContainElement(table)
    expect(within(table).getByText('"collective defence"')).toBeInTheDocument()
    expect(within(table).getByText('cyber*')).toBeInTheDocument()

    await user.keyboard('{Escape}')
    expect(tips).toHaveAttribute('aria-expanded', 'false')
    expect(table).not.toBeVisible()
    expect(tips).toHaveFocus()

    // Space opens them too. A click inside them keeps them open and takes the focus off the
    // button; Esc still closes them and brings the focus back.
    await user.keyboard(' ')
    expect(table).toBeVisible()
    await user.click(within(table).getByText('cyber*'))
    expect(tips).not.toHaveFocus()
    expect(table).toBeVisible()
    await user.keyboard('{Escape}')
    expect(table).not.toBeVisible()
    expect(tips).toHaveFocus()

    // Tabbing on past them, or a click elsewhere, puts them away.
    await user.keyboard('{Enter}')
    await user.tab()
    expect(tips).toHaveAttribute('aria-expanded', 'false')
    await user.click(tips)
    expect(table).toBeVisible()
    await user.click(screen.getByText(/^Official statements on/))
    expect(table).not.toBeVisible()
  })

  it('says how a query with a phrase and an exclusion was read', async () => {
    renderApp('/?q=%22cyber+defence%22+-ransomware')
    expect(await screen.findByText('Searching for the phrase “cyber defence”, without ransomware')).toBeInTheDocument()
  })

  it('says nothing about the reading of plain words, even with punctuation', async () => {
    renderApp('/?q=NATO%E2%80%99s+cyber+defence')
    await screen.findByText(/statements match “NATO’s cyber defence”/)
    // The parser is loaded for the apostrophe; once it is in, it finds plain words only.
    await act(() => import('../../src/search/query-syntax.ts'))
    expect(screen.queryByText(/^Searching for/)).not.toBeInTheDocument()
  })

  it('names a corrected word and links to the search for exactly what was typed', async () => {
    const { user, currentUrl } = renderApp('/?q=kaljurnd')
    await screen.findByText('1 statement matches “kaljurnd”')
    const line = screen.getByText(/^Including results for/)
    expect(line).toHaveTextContent('Including results for kaljurand (you typed kaljurnd).')
    expect(within(line).getByText('kaljurand', { selector: 'em' })).toBeInTheDocument()
    expect(within(line).getByText('kaljurnd', { selector: 'em' })).toBeInTheDocument()
    const exact = within(line).getByRole('link', { name: 'Search only for kaljurnd' })
    expect(exact).toHaveAttribute('href', '/?q=%22kaljurnd%22')

    await user.click(exact)
    await waitFor(() => expect(currentUrl()).toBe('/?q=%22kaljurnd%22'))
    expect(await screen.findByText('No statements match.')).toBeInTheDocument()
    expect(screen.queryByText(/^Including results for/)).not.toBeInTheDocument()
  })

  it('keeps the filters and the case of the word in the link for the exact search', async () => {
    renderApp('/?q=Kaljurnd+cyber&topic=eu-nato')
    await screen.findByText(/^Including results for/)
    expect(screen.getByRole('link', { name: 'Search only for kaljurnd' })).toHaveAttribute(
      'href',
      '/?q=%22Kaljurnd%22+cyber&topic=eu-nato',
    )
  })

  it('counts a phrase search as the statements holding the phrase, and marks it in the title as one', async () => {
    const phrase = ['incident', 'response']
    const expected = countPhrase(fixtureCorpus(), phrase).statements
    expect(expected).toBeGreaterThan(1)
    renderApp('/?q=%22incident+response%22')
    expect(await screen.findByText(`${expected} statements match “"incident response"”`)).toBeInTheDocument()
    expect(screen.getByText('Searching for the phrase “incident response”')).toBeInTheDocument()
    const title = screen.getByRole('heading', { level: 3, name: /incident response/i })
    const marks = title.querySelectorAll('mark')
    expect([...marks].map((m) => m.textContent)).toEqual(['incident response'])
  })
})

describe('quoteTypedWords', () => {
  it('quotes the plain word whatever its case, and leaves phrases, prefixes and joined words alone', () => {
    expect(quoteTypedWords('Natonal security', ['natonal'])).toBe('"Natonal" security')
    expect(quoteTypedWords('title:Natonal, "natonal plan" natonal*', ['natonal'])).toBe('title:"Natonal", "natonal plan" natonal*')
    expect(quoteTypedWords('natonal-security natonal', ['natonal'])).toBe('natonal-security "natonal"')
    expect(quoteTypedWords('natonal kaljurnd', ['natonal', 'kaljurnd'])).toBe('"natonal" "kaljurnd"')
    expect(quoteTypedWords('sécurté', ['securte'])).toBe('"sécurté"')
  })
})
