import { createRequire } from 'node:module'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { HOSTILE_STATEMENTS } from '../fixtures/hostile-statements.ts'
import { launchChromium, waitForHydration, watchForErrors } from './chromium.ts'

// The prerendered pages (scripts/prerender.ts, run by the global setup as by `npm run build`):
// what a client that reads only the HTML over the wire gets, the page with JavaScript off, and
// the app taking the page over without a console error, a hydration warning or a shift.

const baseUrl = inject('baseUrl')
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const SEED_ID = '2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation'
const SEED_TITLE = 'Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation'
const SITE_URL = 'http://localhost:4173/'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  const page = await context.newPage()
  const errors = watchForErrors(page)
  await page.goto(`${baseUrl}${path}`)
  return { page, errors }
}

/**
 * Before any of the page's own script runs, remembers the prerendered <h1> and starts adding
 * up layout shifts: once the app has taken over, the same element must still be there.
 */
const WATCH_TAKEOVER = () => {
  const w = window as unknown as { __shift: number; __h1?: Element | null }
  w.__shift = 0
  new PerformanceObserver((list) => {
    // As CLS counts them: not the shifts that follow the reader's own input.
    for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) w.__shift += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
  document.addEventListener('DOMContentLoaded', () => (w.__h1 = document.querySelector('h1')))
}


/** The app runs the page: "Cite" opens its panel. */
async function expectCiteWorks(page: Page) {
  const cite = page.getByRole('button', { name: 'Cite', exact: true })
  await cite.click()
  expect(await cite.getAttribute('aria-expanded')).toBe('true')
}

describe('a prerendered statement page over plain HTTP', () => {
  it('holds the text, its paragraph anchors and the metadata, before any script', async () => {
    const response = await fetch(`${baseUrl}/statements/${SEED_ID}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain('Continuous cyberattacks are the new normal these days.')
    expect(html).toMatch(/<p id="p1" class="paragraph">/)
    expect(html).toContain(`<h1 id="statement-title" class="statement__title">${SEED_TITLE}</h1>`)
    const canonical = `${SITE_URL}statements/${SEED_ID}`
    expect(html).toContain(`<title>${SEED_TITLE} — Statement Archive</title>`)
    expect(html).toContain(`<link rel="canonical" href="${canonical}"/>`)
    expect(html).toContain(`<meta name="citation_title" content="${SEED_TITLE}"/>`)
    expect(html).toContain('<meta name="citation_author" content="Kaljurand, Marina"/>')
    expect(html).toContain('<meta name="citation_publication_date" content="2016/04/07"/>')
    expect(html).toContain('<meta name="citation_technical_report_institution" content="Estonian Ministry of Foreign Affairs"/>')
    expect(html).toContain(`<meta name="DC.identifier" content="${canonical}"/>`)
    expect(html).toContain(`<meta property="og:url" content="${canonical}"/>`)
    expect(html).toContain('<meta name="twitter:card" content="summary"/>')
    expect(html).toMatch(/<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"Report"/)
    expect(html).toMatch(/<link rel="search" type="application\/opensearchdescription\+xml" title="[^"]+" href="\/opensearch.xml"/)
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed.xml"/)
    // The only scripts: the JSON-LD (data) and the app's module. No inline executable script.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">', expect.stringMatching(/^<script type="module" crossorigin src="\/assets\//)])
    expect(html).toContain("script-src 'self'")
  })

  it('has speaker, topic and country pages too, and the search page stays the app', async () => {
    for (const path of ['/speakers/marina-kaljurand', '/topics/eu-nato', '/countries/EST']) {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      expect(html, path).toContain(`<link rel="canonical" href="${SITE_URL}${path.slice(1)}"/>`)
      expect(html, path).toMatch(/<h1 class="profile__name">[^<]+<\/h1>/)
    }
    const search = await (await fetch(`${baseUrl}/?q=cyber`)).text()
    expect(search).not.toContain('data-prerendered')
    expect(search).toContain('<noscript>')
  })

  it('is found through robots.txt, the sitemap index and its files, and OpenSearch', async () => {
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${SITE_URL}sitemap.xml`)
    const index = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    expect(index).toContain(`<loc>${SITE_URL}sitemap-1.xml</loc>`)
    const sitemap = await (await fetch(`${baseUrl}/sitemap-1.xml`)).text()
    expect(sitemap).toContain(`<loc>${SITE_URL}statements/${SEED_ID}</loc>`)
    expect(sitemap).toContain(`<loc>${SITE_URL}speakers/marina-kaljurand</loc>`)
    expect(sitemap).toMatch(/<lastmod>\d{4}-\d\d-\d\d<\/lastmod>/)
    const opensearch = await (await fetch(`${baseUrl}/opensearch.xml`)).text()
    expect(opensearch).toContain(`template="${SITE_URL}?q={searchTerms}"`)
  })
})

describe('a prerendered statement page in Chromium', () => {
  it('reads with JavaScript off: the text, the speaker, paragraph links and styles', async () => {
    const { page, errors } = await open(`/statements/${SEED_ID}`, { javaScriptEnabled: false })
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED_TITLE)
    expect(await page.locator('#p1').textContent()).toContain('Continuous cyberattacks are the new normal')
    expect(await page.getByRole('link', { name: 'Link to paragraph 3' }).getAttribute('href')).toBe('#p3')
    expect(await page.getByRole('link', { name: 'Marina Kaljurand' }).first().getAttribute('href')).toBe('/speakers/marina-kaljurand')
    // The route's own stylesheet is linked by the page itself, not loaded by the app.
    expect(await page.locator('.statement__details').evaluate((el) => getComputedStyle(el).display)).not.toBe('block')
    await page.screenshot({ path: '.tmp/screenshots/prerendered-statement-no-js.png' })
    expect(errors).toEqual([])
  })

  it('is taken over by the app with no console error, no hydration warning and nothing moving', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(WATCH_TAKEOVER)
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${baseUrl}/statements/${SEED_ID}`)
    await waitForHydration(page)
    await page.waitForLoadState('networkidle')
    // Hydrated, not replaced: the element the server wrote is the one React now holds.
    expect(await page.evaluate(() => (window as unknown as { __h1?: Element }).__h1 === document.querySelector('h1'))).toBe(true)
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01)
    await expectCiteWorks(page)
    expect(errors).toEqual([])
    // And it carries on as the app: a speaker link navigates in the page.
    await page.getByRole('link', { name: 'Marina Kaljurand' }).first().click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Marina Kaljurand')
    expect(errors).toEqual([])
  })

  it('hydrates speaker, topic and country pages without a console error', async () => {
    for (const path of ['/speakers/marina-kaljurand', '/topics/eu-nato', '/countries/EST']) {
      const context = await browser.newContext()
      await context.addInitScript(WATCH_TAKEOVER)
      const page = await context.newPage()
      const errors = watchForErrors(page)
      await page.goto(`${baseUrl}${path}`)
      await waitForHydration(page)
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => (window as unknown as { __h1?: Element }).__h1 === document.querySelector('h1')), path).toBe(true)
      expect(errors, path).toEqual([])
      await context.close()
    }
  })

  it('opened from a search, marks the words and goes back to the results, as before', async () => {
    const { page, errors } = await open(`/statements/${SEED_ID}?q=normal`)
    await page.locator('main mark').first().waitFor()
    expect(await page.locator('main mark').first().textContent()).toMatch(/normal/i)
    await page.getByRole('link', { name: /Back to results/ }).click()
    await page.waitForURL(/\/\?q=normal$/)
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    expect(errors).toEqual([])
  })

  it('has no serious or critical axe violation as prerendered, before the app runs', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    // The app's scripts never arrive: axe sees the page as a reader without JavaScript does.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort())
    await page.goto(`${baseUrl}/statements/${SEED_ID}`)
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string | null }> }> } }).axe
      return (await axe.run(document)).violations
    })
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED_TITLE)
  })
})

describe('hostile statements prerendered', () => {
  /** Nothing injected exists in the page, and every link is http(s) or in-app. */
  async function expectInert(page: Page) {
    expect(await page.locator('body img, body script, body svg, body iframe').count()).toBe(0)
    expect(await page.locator('head script').count()).toBe(2)
    const hrefs = await page.locator('a[href], link[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\/|#|data:,$)/)
  }

  it.each(HOSTILE_STATEMENTS.map((s) => [s.id]))('%s: the file over HTTP holds the markup only as text', async (id) => {
    const html = await (await fetch(`${baseUrl}/statements/${id}`)).text()
    const body = html.slice(html.indexOf('<body>'))
    expect(body).not.toMatch(/<(img|svg|iframe|script)\b/)
    expect(html).not.toContain('<img src=x')
    expect(html.match(/<script\b/g)).toHaveLength(2)
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(json).not.toMatch(/[<>&]/)
  })

  it.each(HOSTILE_STATEMENTS.map((s) => [s.id]))('%s with JavaScript off: shown as text, nothing runs', async (id) => {
    const { page, errors } = await open(`/statements/${id}`, { javaScriptEnabled: false })
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expectInert(page)
    expect(await page.getByText(/the recorded link is not a web address/).count()).toBe(1)
    expect(errors).toEqual([])
  })

  it.each(HOSTILE_STATEMENTS.map((s) => [s.id]))('%s with JavaScript on: hydrated, nothing runs', async (id) => {
    const context = await browser.newContext()
    await context.addInitScript(WATCH_TAKEOVER)
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${baseUrl}/statements/${id}`)
    await waitForHydration(page)
    await expectCiteWorks(page)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.evaluate(() => (window as unknown as { __h1?: Element }).__h1 === document.querySelector('h1'))).toBe(true)
    await expectInert(page)
    expect(errors).toEqual([])
    await context.close()
  })
})
