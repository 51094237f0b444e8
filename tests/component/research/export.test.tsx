import { screen, waitFor } from '@testing-library/react'
import Papa from 'papaparse'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixtureCorpus } from '../../fixtures/corpus.ts'
import { renderApp } from '../render-app.tsx'
import { captureDownloads, readBlob } from '../capture-downloads.ts'

vi.setConfig({ testTimeout: 20_000 })

afterEach(() => vi.restoreAllMocks())

describe('export', () => {
  it('exports every match as CSV, in result order and with full text, not only the rows on screen', async () => {
    const files = captureDownloads()
    // Enough statements that the list renders only some of them.
    const corpus = fixtureCorpus(300)
    const types = ['statement', 'press-release', 'remarks']
    const expected = corpus.statements.filter((s) => types.includes(s.type))
    const { user } = renderApp(`/?type=${types.join(',')}`, corpus)
    const button = await screen.findByRole('button', { name: `Export CSV (${expected.length} results)` })
    // The list is virtualized: far fewer rows are in the page than will be exported.
    expect(screen.getAllByRole('article').length).toBeLessThan(expected.length)
    await user.click(button)
    await waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]?.name).toMatch(/^statements-\d{4}-\d{2}-\d{2}\.csv$/)
    const [header, ...rows] = Papa.parse<string[]>(await readBlob(files[0]!.blob), { skipEmptyLines: true }).data
    expect(header?.slice(0, 4)).toEqual(['id', 'date', 'title', 'type'])
    // Newest first, as the list shows them, each with its whole text.
    const text = header?.indexOf('text') ?? -1
    expect(rows.map((r) => r[0])).toEqual(expected.map((s) => s.id))
    expect(rows.map((r) => r[text])).toEqual(expected.map((s) => s.paragraphs.join('\n\n')))
  })

  it('exports the results as JSON, with the search they came from', async () => {
    const files = captureDownloads()
    const { user } = renderApp('/?q=kaljurand')
    await user.click(await screen.findByRole('button', { name: 'Export JSON (1 result)' }))
    await waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]?.name).toMatch(/^statements-kaljurand-\d{4}-\d{2}-\d{2}\.json$/)
    const json = JSON.parse(await readBlob(files[0]!.blob))
    expect(json.total).toBe(1)
    expect(json.search).toMatch(/\/\?q=kaljurand$/)
    expect(json.statements[0].speakers[0].name).toBe('Marina Kaljurand')
  })

  it('exports the results as BibTeX, RIS and CSL-JSON through the citation library, one entry each', { timeout: 60_000 }, async () => {
    const files = captureDownloads()
    const { user } = renderApp('/?q=cybersecurity')
    const total = Number(/\((\d+) results?\)/.exec((await screen.findByRole('button', { name: /^Export BibTeX/ })).getAttribute('aria-label') ?? '')?.[1])
    expect(total).toBeGreaterThan(1)
    await user.click(screen.getByRole('button', { name: /^Export BibTeX/ }))
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 30_000 })
    expect(files[0]?.name).toMatch(/\.bib$/)
    const bib = await readBlob(files[0]!.blob)
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(total)
    expect(bib).toContain('@misc{kaljurand2016foreign,')
    await user.click(screen.getByRole('button', { name: /^Export RIS/ }))
    await waitFor(() => expect(files).toHaveLength(2))
    expect(files[1]?.name).toMatch(/\.ris$/)
    const ris = await readBlob(files[1]!.blob)
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(total)
    await user.click(screen.getByRole('button', { name: /^Export CSL-JSON/ }))
    await waitFor(() => expect(files).toHaveLength(3))
    expect(files[2]?.name).toMatch(/\.csl\.json$/)
    expect(JSON.parse(await readBlob(files[2]!.blob))).toHaveLength(total)
  })
})
