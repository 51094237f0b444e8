import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { archiveCorpus } from '../../../src/corpus/archive-order.ts'
import { fixtureCorpus, SEED_ID, topics } from '../../fixtures/corpus.ts'
import { HOSTILE_STATEMENTS } from '../../fixtures/hostile-statements.ts'
import { renderApp } from '../render-app.tsx'

// citeproc-js reads the CSL styles on the first citation, which takes seconds in jsdom here.
vi.setConfig({ testTimeout: 60_000 })
const slow = { timeout: 30_000 }

describe('citations on the statement page', () => {
  it('shows Chicago, APA and MLA, BibTeX, RIS and CSL-JSON behind the Cite button, as text, and copies them', async () => {
    const { user } = renderApp(`/statements/${SEED_ID}`)
    const cite = await screen.findByRole('button', { name: 'Cite' })
    expect(cite).toHaveAttribute('aria-expanded', 'false')
    await user.click(cite)
    const panel = screen.getByRole('region', { name: 'Cite this statement' })
    const chicago = await within(panel).findByLabelText('Chicago (author-date) citation', {}, slow)
    expect(chicago).toHaveTextContent(/^Kaljurand, Marina\. 2016\. “Foreign Minister Kaljurand: The EU and NATO Must Intensify Cybersecurity Cooperation\.” Press release\./)
    expect(chicago).toHaveTextContent(new RegExp(`/statements/${SEED_ID}\\.$`))
    expect(within(panel).getByLabelText('APA citation')).toHaveTextContent(/^Kaljurand, M\. \(2016, April 7\)\. .* \[Press release\]\. Estonian Ministry of Foreign Affairs\. http/)
    expect(within(panel).getByLabelText('MLA citation')).toHaveTextContent(/^Kaljurand, Marina\. .* Estonian Ministry of Foreign Affairs, 7 Apr\. 2016\. Statement Archive, http/)
    expect(within(panel).getByLabelText('Chicago (author-date) in-text citation')).toHaveTextContent('(Kaljurand 2016)')
    expect(within(panel).getByLabelText('BibTeX citation')).toHaveTextContent(/@misc\{kaljurand2016foreign,/)
    expect(within(panel).getByLabelText('RIS citation').textContent).toMatch(/^TY {2}- ELEC\r\nAU {2}- Kaljurand, Marina\r\n/)
    expect(JSON.parse(within(panel).getByLabelText('CSL-JSON citation').textContent ?? '')[0]).toMatchObject({
      type: 'webpage',
      author: [{ family: 'Kaljurand', given: 'Marina' }],
      issued: { 'date-parts': [[2016, 4, 7]] },
      publisher: 'Estonian Ministry of Foreign Affairs',
    })

    await user.click(within(panel).getByRole('button', { name: 'Copy BibTeX citation' }))
    expect(await navigator.clipboard.readText()).toMatch(/^@misc\{kaljurand2016foreign,\n\tauthor = \{Kaljurand, Marina\},/)
    expect(screen.getByText('BibTeX citation copied')).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'Copy APA citation' }))
    expect(await navigator.clipboard.readText()).toMatch(/^Kaljurand, M\. \(2016, April 7\)\./)
  })

  it('shows a hostile statement’s citations as inert text', async () => {
    const corpus = archiveCorpus([...fixtureCorpus().statements, ...HOSTILE_STATEMENTS], topics)
    const hostile = HOSTILE_STATEMENTS[0]!
    const { user, container } = renderApp(`/statements/${hostile.id}`, corpus)
    await user.click(await screen.findByRole('button', { name: 'Cite' }))
    const apa = await screen.findByLabelText('APA citation', {}, slow)
    expect(apa.textContent).toContain('<script>window.__pwned=2</script>')
    expect(container.querySelector('.cite__panel script, .cite__panel img, .cite__panel svg, .cite__panel iframe')).toBeNull()
  })

  it('copies a citation that pins one paragraph, puts #pN in the address, and the Cite panel then cites that paragraph', async () => {
    const { user, router } = renderApp(`/statements/${SEED_ID}?q=cyber`)
    await user.click(await screen.findByRole('button', { name: 'Cite paragraph 2: copy its citation' }))
    await screen.findByText('Citation copied (Chicago author-date)', {}, slow)
    const [reference, inText] = (await navigator.clipboard.readText()).split('\n')
    expect(reference).toMatch(new RegExp(`^Kaljurand, Marina\\. 2016\\. .*/statements/${SEED_ID}#p2\\.$`))
    expect(inText).toBe('(Kaljurand 2016, para. 2)')
    await waitFor(() => expect(router.state.location.hash).toBe('p2'))
    expect(router.state.location.searchStr).toBe('?q=cyber')

    await user.click(screen.getByRole('button', { name: 'Cite' }))
    const panel = screen.getByRole('region', { name: 'Cite paragraph 2 of this statement' })
    expect(await within(panel).findByLabelText('APA in-text citation', {}, slow)).toHaveTextContent('(Kaljurand, 2016, para. 2)')
    expect(within(panel).getByLabelText('RIS citation').textContent).toContain(`/statements/${SEED_ID}#p2\r\n`)
  })
})
