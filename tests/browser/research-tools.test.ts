import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPageForEachTest, waitForHydration } from './chromium.ts'

const SEED_ID = '2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation'
const baseUrl = inject('baseUrl')

let context: BrowserContext
let page: Page
let errors: string[]

openPageForEachTest((opened) => ({ context, page, errors } = opened), { acceptDownloads: true })

const pathAndQuery = () => {
  const url = new URL(page.url())
  return decodeURIComponent(`${url.pathname}${url.search}`)
}

/** "123 statements" or "5 statements match “cyber”" → 123 / 5. */
async function resultCount(): Promise<number> {
  // Once the count is shown: until the results are in, the page says "Searching…" there.
  const count = page.locator('.results-count').filter({ hasText: /^[\d,]+ statement/ })
  await count.waitFor()
  const text = (await count.textContent()) ?? ''
  return Number(/^([\d,]+) statement/.exec(text)?.[1]?.replace(/,/g, ''))
}

describe('research tools in Chromium', () => {
  it('saves a search that survives a reload, listed with its count', async () => {
    await page.goto(`${baseUrl}/?q=cyber&topic=eu-nato`)
    await page.getByRole('button', { name: 'Save search' }).click()
    const name = page.getByRole('textbox', { name: 'Name' })
    await name.fill('Cyber and EU–NATO')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const count = await resultCount()
    expect(count).toBeGreaterThan(0)

    await page.reload()
    const panel = page.getByRole('region', { name: 'Saved searches' })
    await panel.getByRole('link', { name: 'Cyber and EU–NATO' }).waitFor()
    // Counted once the page has the search index; the worker answers the results meanwhile.
    await panel.getByText(count === 1 ? '1 match' : `${count} matches`, { exact: true }).waitFor()

    // Opened from the list on a clean page, it restores the search.
    await page.goto(`${baseUrl}/`)
    await page.getByRole('region', { name: 'Saved searches' }).getByRole('link', { name: 'Cyber and EU–NATO' }).click()
    await expect.poll(pathAndQuery).toBe('/?q=cyber&topic=eu-nato')
    expect(errors).toEqual([])
  })

  it('exports a CSV of every match: one row per result', async () => {
    await page.goto(`${baseUrl}/?type=statement,remarks,press-release,interview,letter,readout,other,memorandum`)
    const count = await resultCount()
    expect(count).toBeGreaterThan(50)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()])
    expect(download.suggestedFilename()).toMatch(/^statements-.*\.csv$/)
    const csv = await readFile(await download.path(), 'utf8')
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data
    expect(rows[0]?.[0]).toBe('id')
    expect(rows.length - 1).toBe(count)
    expect(errors).toEqual([])
  })

  it('narrows the date range in the URL from a click on a timeline bar', async () => {
    await page.goto(`${baseUrl}/`)
    const chart = page.getByRole('img', { name: /^Timeline: statements per year, \d{4}–\d{4}\./ })
    await chart.waitFor()
    const bar = chart.locator('g', { has: page.locator('title', { hasText: /^2016: / }) })
    await bar.click()
    await expect.poll(pathAndQuery).toBe('/?from=2016-01-01&to=2016-12-31')
    await page.getByRole('img', { name: /^Timeline: statements per month, 2016\./ }).waitFor()
    // A drag across months narrows it again.
    const months = page.getByRole('img', { name: /^Timeline:/ })
    const march = months.locator('g', { has: page.locator('title', { hasText: /^March 2016: / }) })
    const june = months.locator('g', { has: page.locator('title', { hasText: /^June 2016: / }) })
    const from = await march.boundingBox()
    const to = await june.boundingBox()
    if (!from || !to) throw new Error('the month bars have no layout')
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 })
    await page.mouse.up()
    await expect.poll(pathAndQuery).toBe('/?from=2016-03-01&to=2016-06-30')
    expect(errors).toEqual([])
  })

  it('opens a speaker page from a result', async () => {
    await page.goto(`${baseUrl}/?q=kaljurand`)
    const result = page.getByRole('article').first()
    await result.getByRole('link', { name: 'Marina Kaljurand' }).click()
    await page.getByRole('heading', { level: 1, name: 'Marina Kaljurand' }).waitFor()
    expect(pathAndQuery()).toBe('/speakers/marina-kaljurand')
    await page.getByRole('region', { name: 'Roles' }).getByText('Foreign Minister of Estonia').waitFor()
    await page.getByRole('img', { name: /^Timeline:/ }).waitFor()
    // Reload: the page is a real address.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Marina Kaljurand' }).waitFor()
    expect(errors).toEqual([])
  })

  it('cites a statement and copies the citation', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    await page.goto(`${baseUrl}/statements/${SEED_ID}`)
    // The statement arrives prerendered; Cite works once the app has taken the page over.
    await waitForHydration(page)
    await page.getByRole('button', { name: 'Cite', exact: true }).click()
    const bibtex = page.getByLabel('BibTeX citation', { exact: true })
    expect(await bibtex.textContent()).toContain('@misc{kaljurand2016foreign,')
    await page.getByRole('button', { name: 'Copy BibTeX citation' }).click()
    await page.getByText('BibTeX citation copied').waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain(`url = {${baseUrl}/statements/${SEED_ID}}`)

    await page.getByRole('button', { name: 'Cite paragraph 3: copy its citation' }).click()
    await expect.poll(() => new URL(page.url()).hash).toBe('#p3')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/statements/${SEED_ID}#p3.`)
    expect(errors).toEqual([])
  })

  it('serves an Atom feed of the latest statements', async () => {
    const response = await page.goto(`${baseUrl}/feed.xml`)
    expect(response?.status()).toBe(200)
    const xml = (await response?.text()) ?? ''
    expect(xml).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[ >]/)
    expect(xml.match(/<entry>/g)?.length).toBe(50)
  })
})
