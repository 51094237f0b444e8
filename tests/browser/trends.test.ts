import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPageForEachTest } from './chromium.ts'

// The trends page in Chromium, on the tests' corpus: a value read from its table is the count
// the search it links to finds, whether the point is clicked or opened from the keyboard.

const baseUrl = inject('baseUrl')
const SERIES = ['cyber', '"incident response"']
const TREND = `/trends?terms=${SERIES.map((s) => encodeURIComponent(s).replace(/%20/g, '+')).join(',')}`

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[] }>
}

let page: Page
let errors: string[]

// axe is injected as a script, which the page's own CSP would rightly refuse.
openPageForEachTest((opened) => ({ page, errors } = opened), { bypassCSP: true })

const pathAndQuery = () => {
  const url = new URL(page.url())
  return decodeURIComponent(`${url.pathname}${url.search}`)
}

/** "5 statements match “cyber”" → 5. */
async function resultCount(): Promise<number> {
  const count = page.locator('.results-count')
  await count.filter({ hasText: /match/ }).waitFor()
  return Number(/^([\d,]+) statement/.exec((await count.textContent()) ?? '')?.[1]?.replace(/,/g, ''))
}

/** The table's rows with a statement using the series `k`: year and count. */
async function rowsUsing(k: number): Promise<Array<{ year: string; count: number }>> {
  const table = page.getByRole('table', { name: /^Statements using each term/ })
  await table.waitFor()
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? '')))
  return rows.map((cells) => ({ year: cells[0] as string, count: Number(cells[1 + 2 * k]) })).filter((r) => r.count > 0)
}

describe('trends in Chromium', () => {
  it('opens, from a click on a point, the search for that term and year, which finds the count in the table', async () => {
    await page.goto(`${baseUrl}${TREND}`)
    const rows = await rowsUsing(1)
    expect(rows.length).toBeGreaterThan(0)
    const { year, count } = rows[rows.length - 1]!
    const point = page.getByRole('link', { name: new RegExp(`^${year}: "incident response" `) })
    await point.hover()
    await expect.poll(() => page.locator('.trend-chart__readout').textContent()).toMatch(new RegExp(`^${year}: "incident response" [\\d.]+% \\(${count} of `))
    await point.click()
    await expect.poll(pathAndQuery).toBe(`/?q=${SERIES[1]!.replace(/ /g, '+')}&from=${year}-01-01&to=${year}-12-31`)
    expect(await resultCount()).toBe(count)
    // Back returns to the same trend.
    await page.goBack()
    await expect.poll(pathAndQuery).toBe(decodeURIComponent(TREND))
    await page.getByRole('table', { name: /^Statements using each term/ }).waitFor()
    expect(errors).toEqual([])
  })

  it('moves along the years with the arrow keys and opens a point with Enter', async () => {
    await page.goto(`${baseUrl}${TREND}`)
    const readout = page.locator('.trend-chart__readout')
    const yearRead = async () => /^(\d{4}): cyber /.exec((await readout.textContent()) ?? '')?.[1]
    // One stop for Tab: the first point of the first series.
    await page.locator('a[tabindex="0"]').focus()
    await expect.poll(yearRead).toBeDefined()
    const first = await yearRead()
    await page.keyboard.press('End')
    await expect.poll(yearRead).not.toBe(first)
    const last = (await yearRead()) as string
    await page.keyboard.press('ArrowLeft')
    await expect.poll(yearRead).not.toBe(last)
    await page.keyboard.press('ArrowRight')
    await expect.poll(yearRead).toBe(last)
    const count = (await rowsUsing(0)).find((r) => r.year === last)?.count ?? 0
    expect(await readout.textContent()).toMatch(new RegExp(`\\(${count} of [\\d,]+ statements?\\)$`))
    await page.keyboard.press('Enter')
    await expect.poll(pathAndQuery).toBe(`/?q=cyber&from=${last}-01-01&to=${last}-12-31`)
    expect(await resultCount()).toBe(count)
    expect(errors).toEqual([])
  })

  it('has no serious accessibility violations, wide or narrow', async () => {
    for (const width of [1280, 380]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${baseUrl}${TREND}&from=2016-01-01&to=2016-12-31`)
      await page.getByRole('group', { name: /^Chart:/ }).waitFor()
      await page.addScriptTag({ path: axePath })
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe
        return (await axe.run(document)).violations
      })
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map((v) => `${width}px ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([])
    }
    expect(errors).toEqual([])
  })

  it('is reached from the search page, which does not load the chart’s code', async () => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await page.goto(`${baseUrl}/?q=cyber`)
    await resultCount()
    expect(scripts.some((s) => s.includes('trends-page'))).toBe(false)
    await page.getByRole('link', { name: 'Trend over time' }).click()
    await expect.poll(pathAndQuery).toBe('/trends?terms=cyber')
    await page.getByRole('group', { name: /^Chart: share of statements/ }).waitFor()
    expect(scripts.some((s) => s.includes('trends-page'))).toBe(true)
    expect(errors).toEqual([])
  })
})
