import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPageForEachTest } from './chromium.ts'

const SEED_ID = '2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation'
const SEED_TITLE = /Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation/
const baseUrl = inject('baseUrl')

let page: Page
let errors: string[]
openPageForEachTest((opened) => ({ page, errors } = opened))

const pathAndQuery = () => {
  const url = new URL(page.url())
  return decodeURIComponent(`${url.pathname}${url.search}`)
}

describe('the archive in Chromium', () => {
  it('search with a typo, filter, open a statement, go back, reload: the state holds', async () => {
    await page.goto(`${baseUrl}/`)
    const box = page.getByRole('searchbox', { name: /Search .* statements/ })
    await box.pressSequentially('kaljurnd', { delay: 20 })
    await expect.poll(pathAndQuery).toBe('/?q=kaljurnd')
    await page.getByText('1 statement matches “kaljurnd”').waitFor()
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    // Text search runs in a Web Worker, off the page's main thread.
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/search-worker.*\.js$/)])
    // The snippet's passage arrives after the list and marks the matched word too.
    await page.locator('article p mark', { hasText: 'Kaljurand' }).first().waitFor()

    // A speaker filter, then a year shortcut for the date range.
    const speakers = page.getByRole('group', { name: 'Speaker' })
    await speakers.getByRole('checkbox', { name: /Marina Kaljurand/ }).check()
    await expect.poll(pathAndQuery).toBe('/?q=kaljurnd&speaker=marina-kaljurand')
    await page.getByRole('button', { name: /^2016: 1 statements$/ }).click()
    const filtered = '/?q=kaljurnd&speaker=marina-kaljurand&from=2016-01-01&to=2016-12-31'
    await expect.poll(pathAndQuery).toBe(filtered)
    await page.getByRole('button', { name: 'Remove filter From 1 January 2016' }).waitFor()

    await page.getByRole('link', { name: SEED_TITLE }).click()
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
    expect(pathAndQuery()).toBe(`/statements/${SEED_ID}${filtered.slice(1)}`)
    expect(await page.locator('#p1 mark').first().textContent()).toBe('Kaljurand')

    await page.goBack()
    await expect.poll(pathAndQuery).toBe(filtered)
    await expect.poll(() => box.inputValue()).toBe('kaljurnd')
    expect(await speakers.getByRole('checkbox', { name: /Marina Kaljurand/ }).isChecked()).toBe(true)

    await page.reload()
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    expect(pathAndQuery()).toBe(filtered)
    expect(await page.getByRole('searchbox', { name: /Search .* statements/ }).inputValue()).toBe('kaljurnd')
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2016-01-01')

    // Back again through the filter history: one entry per filter, none per keystroke.
    await page.goBack()
    await expect.poll(pathAndQuery).toBe('/?q=kaljurnd&speaker=marina-kaljurand')
    await page.goBack()
    await expect.poll(pathAndQuery).toBe('/?q=kaljurnd')
    await page.goForward()
    await expect.poll(pathAndQuery).toBe('/?q=kaljurnd&speaker=marina-kaljurand')
    expect(errors).toEqual([])
  })

  it('an invalid URL shows a notice, keeps what is valid, and logs no error', async () => {
    await page.goto(`${baseUrl}/?q=cyber&sort=upside-down&from=2016-99-99&speaker=no-such-person&type=tweet`)
    const notice = page.getByRole('alert')
    await notice.waitFor()
    const text = await notice.textContent()
    expect(text).toContain('sort “upside-down” is not a sort order')
    expect(text).toContain('from “2016-99-99” is not a date')
    expect(text).toContain('speaker “no-such-person” is not a speaker in this archive')
    expect(text).toContain('type “tweet” is not a statement type')
    await expect.poll(pathAndQuery).toBe('/?q=cyber')
    expect(await page.getByRole('searchbox', { name: /Search .* statements/ }).inputValue()).toBe('cyber')
    // The notice survives a reload of the cleaned address.
    await page.reload()
    await page.getByRole('alert').waitFor()
    expect(errors).toEqual([])
  })

  it('an unknown statement id shows a not-found page, not a blank one', async () => {
    await page.goto(`${baseUrl}/statements/2016-01-01-does-not-exist`)
    await page.getByRole('heading', { level: 1, name: 'Statement not found' }).waitFor()
    expect(errors).toEqual([])
  })

  it('serves the page with a Content-Security-Policy that forbids inline script', async () => {
    await page.goto(`${baseUrl}/`)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
  })

  it('starts one search worker from a small boot script, ahead of the app, and finds passages there', async () => {
    const workers: string[] = []
    page.on('worker', (w) => workers.push(w.url()))
    // A CDP session on the page sees the page's own requests only, not its worker's.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    const bodyRequestsFromPage: string[] = []
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.url.includes('/corpus/bodies/')) bodyRequestsFromPage.push(e.request.url)
    })
    await page.goto(`${baseUrl}/?q=kaljurand`)
    await page.locator('article p mark', { hasText: 'Kaljurand' }).first().waitFor()
    // The page's one script is the small boot script; the app arrives through it, afterwards.
    const scripts = await page.locator('script[type="module"]').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''))
    expect(scripts).toHaveLength(1)
    const boot = await page.evaluate(async (src) => (await fetch(src)).text(), scripts[0] as string)
    expect(boot.length).toBeLessThan(4000)
    expect(boot).toMatch(/import\(/)
    expect(workers).toHaveLength(1)
    expect(bodyRequestsFromPage).toEqual([])
    expect(errors).toEqual([])
  })

  it('opens a search with its box and “Searching…” at once, and shows the results as they come', async () => {
    // The first results' rows held back: the results cannot be shown until they are let through.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/corpus/rows/**', async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${baseUrl}/?q=kaljurand`)
    const box = page.getByRole('searchbox', { name: /Search .* statements/ })
    await box.waitFor()
    expect(await box.inputValue()).toBe('kaljurand')
    await page.getByRole('status').filter({ hasText: 'Searching…' }).waitFor()
    expect(await page.getByRole('link', { name: SEED_TITLE }).count()).toBe(0)
    release()
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    expect(await page.getByText('Searching…').count()).toBe(0)
    expect(errors).toEqual([])
  })

  it('brings the first results’ rows from the search worker with the results: the page fetches none itself', async () => {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    const rowsFromPage: string[] = []
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.url.includes('/corpus/rows/')) rowsFromPage.push(e.request.url)
    })
    // The page's and its worker's requests alike.
    const rows: string[] = []
    page.context().on('request', (r) => {
      if (r.url().includes('/corpus/rows/')) rows.push(r.url())
    })
    await page.goto(`${baseUrl}/?q=kaljurand`)
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    await page.locator('article p mark', { hasText: 'Kaljurand' }).first().waitFor()
    expect(rows.length).toBeGreaterThan(0)
    expect(rowsFromPage).toEqual([])
    expect(errors).toEqual([])
  })
})
