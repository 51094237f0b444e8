import { screen, waitFor } from '@testing-library/react'
import Papa from 'papaparse'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app.tsx'

vi.setConfig({ testTimeout: 20_000 })

/** Catches what the page hands to the browser's downloads. */
function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = []
  let pending: Blob | undefined
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) files.push({ name: this.download, blob: pending })
  })
  return files
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsText(blob)
  })
}

afterEach(() => vi.restoreAllMocks())

describe('export', () => {
  it('exports every match as CSV, not only the rows on screen', async () => {
    const files = captureDownloads()
    // 60 statements: more than the 50 rows the list shows at first.
    const { user } = renderApp('/?type=statement,press-release,remarks,joint-statement,interview,letter,readout,other')
    const button = await screen.findByRole('button', { name: /^Export CSV \([\d,]+ results\)$/ })
    const total = Number(/\(([\d,]+) results\)/.exec(button.getAttribute('aria-label') ?? '')?.[1])
    await user.click(button)
    await waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]?.name).toMatch(/^statements-\d{4}-\d{2}-\d{2}\.csv$/)
    const rows = Papa.parse<string[]>(await readBlob(files[0]!.blob), { skipEmptyLines: true }).data
    expect(rows[0]?.slice(0, 4)).toEqual(['id', 'date', 'title', 'type'])
    expect(rows).toHaveLength(total + 1)
    expect(screen.getAllByRole('article').length).toBeLessThanOrEqual(50)
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
})
