import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SEED_ID } from '../../fixtures/corpus.ts'
import { renderApp } from '../render-app.tsx'

vi.setConfig({ testTimeout: 20_000 })

describe('citations on the statement page', () => {
  it('shows BibTeX, RIS and a formatted citation behind the Cite button, and copies them', async () => {
    const { user } = renderApp(`/statements/${SEED_ID}`)
    const cite = await screen.findByRole('button', { name: 'Cite' })
    expect(cite).toHaveAttribute('aria-expanded', 'false')
    await user.click(cite)
    const panel = screen.getByRole('region', { name: 'Cite this statement' })
    expect(within(panel).getByLabelText('BibTeX citation')).toHaveTextContent(/@misc\{kaljurand2016foreign,/)
    expect(within(panel).getByLabelText('RIS citation').textContent).toMatch(/^TY {2}- GOVDOC\r\nAU {2}- Kaljurand, Marina\r\n/)
    const formatted = within(panel).getByLabelText('Formatted citation')
    expect(formatted).toHaveTextContent(`/statements/${SEED_ID}.`)
    expect(formatted).toHaveTextContent(/Accessed \d{1,2} [A-Z][a-z]+ \d{4}\.$/)

    await user.click(within(panel).getByRole('button', { name: 'Copy BibTeX citation' }))
    expect(await navigator.clipboard.readText()).toMatch(/^@misc\{kaljurand2016foreign,\n {2}author = \{Kaljurand, Marina\},/)
    expect(screen.getByText('BibTeX citation copied')).toBeInTheDocument()
  })

  it('copies a citation that pins one paragraph, and puts #pN in the address', async () => {
    const { user, router } = renderApp(`/statements/${SEED_ID}?q=cyber`)
    await user.click(await screen.findByRole('button', { name: 'Cite paragraph 2: copy its citation' }))
    const text = await navigator.clipboard.readText()
    expect(text).toContain(', paragraph 2.')
    expect(text).toContain(`/statements/${SEED_ID}#p2.`)
    await waitFor(() => expect(router.state.location.hash).toBe('p2'))
    expect(router.state.location.searchStr).toBe('?q=cyber')
    expect(screen.getByText('Citation copied')).toBeInTheDocument()
  })
})
