import type { Browser, BrowserContext, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './chromium.ts'

const baseUrl = inject('baseUrl')
const SEED_ID = '2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation'
let browser: Browser
let context: BrowserContext
let page: Page
let uncaught: string[]

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})
beforeEach(async () => {
  context = await browser.newContext()
  page = await context.newPage()
  uncaught = []
  page.on('pageerror', (e) => uncaught.push(e.message))
})

type Failure = (route: Route) => Promise<void>

const truncate: Failure = async (r) => {
  const response = await r.fetch()
  // Bytes, not text: the search file is binary, and a text round trip would mangle it whole.
  const body = await response.body()
  await r.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) })
}

// The page loads the catalog; the search worker loads the search file and the shards.
const failures: Array<[string, string, Failure, RegExp]> = [
  ['the manifest answers 404', '**/corpus/manifest.json', (r) => r.fulfill({ status: 404, body: 'gone' }), /answered 404/],
  ['the catalog answers 500', '**/corpus/catalog.*.json', (r) => r.fulfill({ status: 500, body: 'oops' }), /answered 500/],
  ['the search file answers 500', '**/corpus/search.*.bin', (r) => r.fulfill({ status: 500, body: 'oops' }), /answered 500/],
  ['a posting shard answers 404', '**/corpus/shards/**', (r) => r.fulfill({ status: 404, body: '' }), /answered 404/],
  ['the catalog arrives truncated', '**/corpus/catalog.*.json', truncate, /arrived incomplete or damaged/],
  ['the search file arrives truncated', '**/corpus/search.*.bin', truncate, /arrived incomplete or damaged/],
  ['the connection times out', '**/corpus/catalog.*.json', (r) => r.abort('timedout'), /could not be reached/],
  ['the vocabulary’s index answers 404', '**/corpus/vocabulary/*/index.json', (r) => r.fulfill({ status: 404, body: '' }), /answered 404/],
  ['a part of the vocabulary answers 500', '**/corpus/vocabulary/*/b*.json', (r) => r.fulfill({ status: 500, body: 'oops' }), /answered 500/],
  ['a part of the vocabulary arrives truncated', '**/corpus/vocabulary/*/s*.json', truncate, /arrived incomplete or damaged/],
  ['a chunk of result rows answers 500', '**/corpus/rows/**', (r) => r.fulfill({ status: 500, body: 'oops' }), /answered 500/],
  ['a chunk of result rows arrives truncated', '**/corpus/rows/**', truncate, /arrived incomplete or damaged/],
  ['a chunk of result rows times out', '**/corpus/rows/**', (r) => r.abort('timedout'), /could not be reached/],
  ['the network is offline', '**/corpus/**', (r) => r.abort('internetdisconnected'), /could not be reached/],
]

describe('a failing network', () => {
  it.each(failures)('when %s, the page says so, offers Retry, and Retry recovers', async (_, pattern, fail, message) => {
    await page.route(pattern, fail)
    await page.goto(`${baseUrl}/?q=kaljurnd`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(message)
    // The frame of the site still works: the way home is there.
    expect(await page.getByRole('link', { name: /Statement Archive/ }).isVisible()).toBe(true)

    await page.unroute(pattern)
    await page.getByRole('button', { name: 'Retry' }).click()
    await page.getByRole('link', { name: /Foreign Minister Kaljurand/ }).waitFor()
    expect(new URL(page.url()).search).toBe('?q=kaljurnd')
    expect(uncaught).toEqual([])
  })

  it('when statement bodies fail, the results still show, each saying its passage could not load', async () => {
    await page.route('**/corpus/bodies/**', (r) => r.fulfill({ status: 500, body: '' }))
    await page.goto(`${baseUrl}/?q=kaljurnd`)
    await page.getByRole('link', { name: /Foreign Minister Kaljurand/ }).waitFor()
    await page.getByText('The passage could not be loaded.').first().waitFor()
    expect(await page.getByText('1 statement matches “kaljurnd”').isVisible()).toBe(true)
    expect(uncaught).toEqual([])
  })

  it('a statement page whose text fails to load shows the error with Retry, not a blank page', async () => {
    await page.route('**/corpus/bodies/**', (r) => r.fulfill({ status: 503, body: '' }))
    await page.goto(`${baseUrl}/statements/${SEED_ID}`)
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The archive could not be loaded')
    await page.unroute('**/corpus/bodies/**')
    await page.getByRole('button', { name: 'Retry' }).click()
    await page.getByRole('heading', { level: 1, name: /Foreign Minister Kaljurand/ }).waitFor()
    expect(uncaught).toEqual([])
  })

  it('a statement page whose id lookup fails shows the error with Retry, and Retry opens the statement', async () => {
    await page.route('**/corpus/ids/**', (r) => r.fulfill({ status: 404, body: '' }))
    await page.goto(`${baseUrl}/statements/${SEED_ID}`)
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toMatch(/answered 404/)
    await page.unroute('**/corpus/ids/**')
    await page.getByRole('button', { name: 'Retry' }).click()
    await page.getByRole('heading', { level: 1, name: /Foreign Minister Kaljurand/ }).waitFor()
    expect(uncaught).toEqual([])
  })

  it('a speaker page whose profile file fails shows the error with Retry, and Retry opens the page', async () => {
    await page.route('**/corpus/profiles/**', (r) => r.fulfill({ status: 500, body: 'oops' }))
    await page.goto(`${baseUrl}/speakers/marina-kaljurand`)
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toMatch(/answered 500/)
    await page.unroute('**/corpus/profiles/**')
    await page.getByRole('button', { name: 'Retry' }).click()
    await page.getByRole('heading', { level: 1, name: 'Marina Kaljurand' }).waitFor()
    expect(await page.getByRole('region', { name: 'Roles' }).textContent()).toContain('Foreign Minister of Estonia')
    expect(uncaught).toEqual([])
  })

  it('a rebuilt corpus is fetched under a new name, so a cached old file is never mixed in', async () => {
    const requested: string[] = []
    page.on('request', (r) => requested.push(new URL(r.url()).pathname))
    await page.goto(`${baseUrl}/`)
    await page.getByRole('heading', { level: 3 }).first().waitFor()
    // Every file but the small manifest is named by a hash of its content.
    const corpusFiles = requested.filter((p) => p.includes('/corpus/') && !p.endsWith('/manifest.json'))
    expect(corpusFiles.length).toBeGreaterThan(1)
    for (const p of corpusFiles) {
      expect(p).toMatch(/\/corpus\/((catalog|search)\.[0-9a-f]{12}\.(json|bin)|shards\/[0-9a-f]{12}\/\d+\.bin|(bodies|rows|ids)\/[0-9a-f]{12}\/\d+\.json|vocabulary\/[0-9a-f]{12}\/(index|[br]\d+|s\d+-\d+)\.json)$/)
    }
    // The rows shown came in their chunks; no file of every statement's row was fetched.
    expect(corpusFiles.some((p) => p.includes('/corpus/rows/'))).toBe(true)
  })
})
