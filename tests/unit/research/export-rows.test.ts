import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Statement } from '../../../src/corpus/schema.ts'
import { CSV_COLUMNS, exportFileName, exportRow, toCsv, toJson } from '../../../src/research/export-rows.ts'
import { catalogOf } from '../../../src/search/search-index-build.ts'
import { fixtureCorpus, SEED_ID } from '../../fixtures/corpus.ts'

const corpus = fixtureCorpus(10)
const url = (id: string) => `https://archive.example/statements/${id}`
const label = catalogOf(corpus)

describe('export', () => {
  it('writes a header and one row per statement that parse back to the same values', async () => {
    const rows = corpus.statements.map((s) => exportRow(s, url, label))
    const csv = await toCsv(rows)
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS])
    expect(parsed.data).toHaveLength(corpus.statements.length + 1)
    const first = parsed.data[1] as string[]
    expect(first[CSV_COLUMNS.indexOf('title')]).toBe(corpus.statements[0]?.title)
    expect(first[CSV_COLUMNS.indexOf('archive_url')]).toBe(url(corpus.statements[0]?.id as string))
    // The seed's country, by name and by code; topics by their labels.
    const seed = parsed.data.find((r) => r[0] === SEED_ID) as string[]
    expect(seed[CSV_COLUMNS.indexOf('country')]).toBe('Estonia')
    expect(seed[CSV_COLUMNS.indexOf('country_code')]).toBe('EST')
    expect(seed[CSV_COLUMNS.indexOf('topics')]).toContain('EU–NATO cooperation')
  })

  it('keeps commas, quotes and newlines inside one cell, and defuses spreadsheet formulas', async () => {
    const tricky: Statement = {
      ...(corpus.statements[0] as Statement),
      title: '=HYPERLINK("http://evil.example","click"), and "quotes"',
      paragraphs: ['First, with a comma.', 'Second "quoted"\nline.'],
    }
    const csv = await toCsv([exportRow(tricky, url, label)])
    const [, row] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data
    expect(row?.[CSV_COLUMNS.indexOf('title')]).toBe(`'=HYPERLINK("http://evil.example","click"), and "quotes"`)
    expect(row?.[CSV_COLUMNS.indexOf('text')]).toBe('First, with a comma.\n\nSecond "quoted"\nline.')
  })

  it('writes JSON with the search, the count and the full statements', () => {
    const json = JSON.parse(toJson(corpus.statements.slice(0, 3), 'https://archive.example/?q=cyber', '2026-03-05T00:00:00.000Z'))
    expect(json.total).toBe(3)
    expect(json.search).toBe('https://archive.example/?q=cyber')
    expect(json.statements[0]).toEqual(corpus.statements[0])
  })

  it('names the file after the search and the day', () => {
    expect(exportFileName('Cyber défence, 2016!', '2026-03-05', 'csv')).toBe('statements-cyber-de-fence-2016-2026-03-05.csv')
    expect(exportFileName('', '2026-03-05', 'json')).toBe('statements-2026-03-05.json')
  })
})
