import { screen, waitFor, within } from '@testing-library/react'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CompiledCorpus } from '../../src/corpus/schema.ts'
import { tokenize } from '../../src/search/tokenize.ts'
import { fixtureCorpus } from '../fixtures/corpus.ts'
import { renderApp } from './render-app.tsx'
import { captureDownloads, readBlob } from './capture-downloads.ts'

vi.setConfig({ testTimeout: 30_000 })

/**
 * A plain reference: where the phrase's words stand together in each paragraph, counted over
 * the tokenizer's terms. Titles do not count: passages come from the text.
 */
function naivePassages(corpus: CompiledCorpus, phrase: string) {
  const words = tokenize(phrase).map((t) => t.term)
  const found: Array<{ id: string; paragraph: number }> = []
  for (const s of corpus.statements) {
    s.paragraphs.forEach((text, i) => {
      const terms = tokenize(text).map((t) => t.term)
      for (let at = 0; at + words.length <= terms.length; at++) {
        if (words.every((w, k) => terms[at + k] === w)) found.push({ id: s.id, paragraph: i + 1 })
      }
    })
  }
  return { total: found.length, statements: new Set(found.map((f) => f.id)).size, found }
}

// Not a role query: with hundreds of lines in the page, computing roles would take seconds.
const lines = () => [...document.querySelectorAll<HTMLElement>('ol.passage-list > li[aria-posinset]')]
const firstWord = (text: string) => tokenize(text)[0]?.term ?? ''

const corpus = fixtureCorpus()
/** Searching and reading the fixture's texts takes a second or more on a busy machine. */
const SLOW = { timeout: 10_000 }
// More than one page of passages (100), so that the list must fetch the rest as it goes.
const MANY = '"work on"'
// Under a page, and followed by many different words.
const FEW = '"called for"'

describe('passages', () => {
  // A window tall enough for every line: jsdom does no layout, so nothing would scroll.
  const innerHeight = window.innerHeight
  beforeEach(() => Object.defineProperty(window, 'innerHeight', { configurable: true, value: 100_000 }))
  afterEach(() => {
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: innerHeight })
    vi.restoreAllMocks()
  })

  it('lists every occurrence of a phrase in the paragraphs, one line each, page after page', async () => {
    const expected = naivePassages(corpus, MANY)
    expect(expected.total).toBeGreaterThan(100)
    renderApp(`/?q=${encodeURIComponent(MANY)}&view=passages`, corpus)
    expect(await screen.findByText(`${expected.total} passages in ${expected.statements} statements`, undefined, SLOW)).toHaveAttribute('role', 'status')
    await waitFor(() => expect(lines()).toHaveLength(expected.total), { timeout: 15_000 })
    expect(lines()[0]).toHaveAttribute('aria-setsize', String(expected.total))
    // Each line marks the phrase, whatever its case in the text.
    expect(lines().map((li) => li.querySelector('mark')?.textContent?.toLowerCase())).toEqual(lines().map(() => 'work on'))
    // Oldest first by default; a line per occurrence, in the statements the reference finds.
    const shown = lines().map((li) => new URL(li.querySelector('a')?.getAttribute('href') ?? '', 'http://x').pathname.split('/').pop())
    expect(shown.sort()).toEqual(expected.found.map((f) => f.id).sort())
    expect(screen.queryByText('Loading more passages…')).not.toBeInTheDocument()
  })

  it('sorts the lines by the word after the match, from the select, in the URL', async () => {
    const expected = naivePassages(corpus, FEW)
    const { user, currentUrl } = renderApp(`/?q=${encodeURIComponent(FEW)}&view=passages`, corpus)
    await screen.findByText(`${expected.total} passages in ${expected.statements} statements`)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort passages by' }), 'Word after the match')
    expect(currentUrl()).toBe(`/?q=${encodeURIComponent(FEW).replace(/%20/g, '+')}&view=passages&order=after`)
    const collator = new Intl.Collator('en', { sensitivity: 'base' })
    // A match that ends its paragraph has no word after it: such lines come last.
    const concordance = (a: string, b: string) => Number(a === '') - Number(b === '') || collator.compare(a, b)
    await waitFor(() => {
      const next = lines().map((li) => firstWord(li.querySelector('.passage__right')?.textContent ?? ''))
      expect(next).toHaveLength(expected.total)
      expect(next).toEqual([...next].sort(concordance))
      // Not already in that order by date, or the test would prove nothing.
      expect(new Set(next).size).toBeGreaterThan(1)
    })
  })

  it('says how many statements are read while sorting by a neighbouring word, then lists the sorted lines', async () => {
    const expected = naivePassages(corpus, MANY)
    const { user, archive } = renderApp(`/?q=${encodeURIComponent(MANY)}&view=passages`, corpus)
    await screen.findByText(`${expected.total} passages in ${expected.statements} statements`, undefined, SLOW)
    // The reading itself is the service's; only its answer is held back until the test lets it go.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const passages = archive.search.passages.bind(archive.search)
    vi.spyOn(archive.search, 'passages').mockImplementation(async (request, signal, onProgress) => {
      const page = await passages(request, signal, onProgress)
      if (request.order === 'before') await held
      return page
    })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort passages by' }), 'Word before the match')
    expect(await screen.findByText(`Sorting ${expected.total} passages by the word before the match…`, undefined, SLOW)).toHaveAttribute('role', 'status')
    const bar = screen.getByRole('progressbar', { name: 'Statements read' })
    await waitFor(() => expect(bar).toHaveAttribute('value', String(expected.statements)), SLOW)
    expect(bar).toHaveAttribute('max', String(expected.statements))
    expect(screen.getByText(`${expected.statements} of ${expected.statements} statements read`)).toBeInTheDocument()
    release()
    expect(await screen.findByText(`${expected.total} passages in ${expected.statements} statements`, undefined, SLOW)).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    const collator = new Intl.Collator('en', { sensitivity: 'base' })
    const previous = lines().map((li) => tokenize(li.querySelector('.passage__left')?.textContent ?? '').at(-1)?.term ?? '')
    expect(previous).toEqual([...previous].sort((a, b) => Number(a === '') - Number(b === '') || collator.compare(a, b)))
  })

  it('orders by the word after the match from a URL, unlike the date order', async () => {
    const after = renderApp(`/?q=${encodeURIComponent(FEW)}&view=passages&order=after`, corpus)
    const total = naivePassages(corpus, FEW).total
    await waitFor(() => expect(lines()).toHaveLength(total))
    const byNext = lines().map((li) => firstWord(li.querySelector('.passage__right')?.textContent ?? ''))
    after.unmount()
    renderApp(`/?q=${encodeURIComponent(FEW)}&view=passages`, corpus)
    await waitFor(() => expect(lines()).toHaveLength(total))
    const byDate = lines().map((li) => firstWord(li.querySelector('.passage__right')?.textContent ?? ''))
    expect(byNext).not.toEqual(byDate)
    expect([...byNext].sort()).toEqual([...byDate].sort())
  })

  it('exports every passage as CSV: one row each, with where it stands', async () => {
    const files = captureDownloads()
    const expected = naivePassages(corpus, MANY)
    const { user } = renderApp(`/?q=${encodeURIComponent(MANY)}&view=passages&order=newest`, corpus)
    await screen.findByText(`${expected.total} passages in ${expected.statements} statements`)
    await user.click(screen.getByRole('button', { name: 'Export passages' }))
    await waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]?.name).toMatch(/^passages-work-on-\d{4}-\d{2}-\d{2}\.csv$/)
    const [header, ...rows] = Papa.parse<string[]>(await readBlob(files[0]!.blob), { skipEmptyLines: true }).data
    expect(header).toEqual(['left', 'match', 'right', 'statement_id', 'paragraph', 'date', 'speaker', 'country', 'url'])
    expect(rows).toHaveLength(expected.total)
    const byId = new Map(corpus.statements.map((s) => [s.id, s]))
    for (const [left, match, right, id, paragraph, date, speaker, country, url] of rows as string[][]) {
      const s = byId.get(id as string)!
      const text = s.paragraphs[Number(paragraph) - 1] as string
      expect(match?.toLowerCase()).toBe('work on')
      expect(text).toContain(`${left}${match}`.trimStart())
      expect(text).toContain(`${match}${right}`.trimEnd())
      expect(date).toBe(s.date)
      expect(speaker).toBe(s.speakers.map((sp) => sp.name).join('; ') || (s.issuer ?? ''))
      expect(country === '').toBe(!s.country)
      expect(url).toMatch(new RegExp(`^http://[^/]+/statements/${id}#p${paragraph}$`))
    }
    // In the order on screen: newest first.
    const dates = rows.map((r) => r[5] as string)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('defuses passage text a spreadsheet would run as a formula', async () => {
    const { passageRow, passagesToCsv } = await import('../../src/research/passage-rows.ts')
    const { catalogOf } = await import('../../src/search/search-index-build.ts')
    const row = passageRow({ doc: 0, paragraph: 2, left: '=HYPERLINK("http://x") ', match: 'cyber', right: ' +1' }, catalogOf(corpus), (id) => `http://a/statements/${id}`)
    const [, cells] = Papa.parse<string[]>(await passagesToCsv([row]), { skipEmptyLines: true }).data
    expect(cells?.slice(0, 3)).toEqual([`'=HYPERLINK("http://x") `, 'cyber', ' +1'])
    expect(cells?.[8]).toBe(`http://a/statements/${corpus.statements[0]?.id}#p2`)
  })

  it('links each match to its paragraph, with the search carried for the way back', async () => {
    const { user, router } = renderApp(`/?q=${encodeURIComponent(FEW)}&view=passages`, corpus)
    await waitFor(() => expect(lines().length).toBeGreaterThan(0))
    const link = within(lines()[0]!).getByRole('link')
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost')
    const [, , id] = href.pathname.split('/')
    const paragraph = Number(/^#p(\d+):~:text=/.exec(href.hash)?.[1])
    expect(href.hash).toBe(`#p${paragraph}:~:text=${encodeURIComponent(link.textContent ?? '')}`)
    expect(href.searchParams.get('view')).toBe('passages')
    expect(href.searchParams.get('q')).toBe(FEW)
    const statement = corpus.statements.find((s) => s.id === id)!
    expect(statement.paragraphs[paragraph - 1]).toContain(link.textContent)
    await user.click(link)
    await screen.findByRole('heading', { level: 1, name: statement.title })
    expect(router.state.location.hash).toMatch(new RegExp(`^p${paragraph}:~:text=`))
    await user.click(screen.getByRole('link', { name: /Back to results/ }))
    await screen.findByRole('combobox', { name: 'Sort passages by' })
  })

  it('switches between statements and passages with two links, each a real address', async () => {
    const { user, currentUrl } = renderApp('/?q=norlund&order=after', corpus)
    const tabs = await screen.findByRole('navigation', { name: 'View' })
    const statements = within(tabs).getByRole('link', { name: 'Statements' })
    const passages = within(tabs).getByRole('link', { name: 'Passages' })
    expect(statements).toHaveAttribute('aria-current', 'page')
    expect(passages).not.toHaveAttribute('aria-current')
    expect(passages).toHaveAttribute('href', '/?q=norlund&view=passages&order=after')
    await user.click(passages)
    expect(currentUrl()).toBe('/?q=norlund&view=passages&order=after')
    await screen.findByRole('combobox', { name: 'Sort passages by' })
    expect(screen.queryAllByRole('article')).toHaveLength(0)
    expect(within(tabs).getByRole('link', { name: 'Passages' })).toHaveAttribute('aria-current', 'page')
    // Back to the list: the passages' order leaves the address.
    await user.click(within(screen.getByRole('navigation', { name: 'View' })).getByRole('link', { name: 'Statements' }))
    expect(currentUrl()).toBe('/?q=norlund')
    expect((await screen.findAllByRole('article')).length).toBeGreaterThan(0)
  })

  it('asks for words when there is no query, and says so when nothing holds them', async () => {
    const first = renderApp('/?view=passages', corpus)
    expect(await screen.findByText('Type words or a phrase to see every passage that holds them.')).toBeInTheDocument()
    expect(lines()).toHaveLength(0)
    first.unmount()
    renderApp(`/?q=${encodeURIComponent('"for called"')}&view=passages`, corpus)
    expect(await screen.findByText('No passage holds “"for called"”.')).toBeInTheDocument()
    expect(lines()).toHaveLength(0)
  })
})
