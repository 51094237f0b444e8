import type { Page, Response } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPageForEachTest } from './chromium.ts'

// The built site as Chromium receives it from the server `npm start` uses: the build's brotli
// copies, cached for a year under hashed names, and a 404 (not the app) for a corpus file that
// is not there. The server's headers one by one are in tests/unit/serve-static.test.ts.
const baseUrl = inject('baseUrl')
const SEED_ID = '2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation'

let page: Page
let errors: string[]
openPageForEachTest((opened) => ({ page, errors } = opened))

describe('the site as served', () => {
  it('arrives brotli-compressed, the hashed files cached for good and the page revalidated', async () => {
    const responses: Response[] = []
    page.context().on('response', (r) => responses.push(r))
    await page.goto(`${baseUrl}/?q=kaljurnd`)
    await page.getByRole('link', { name: /Foreign Minister Kaljurand/ }).waitFor()
    const byPath = (pattern: RegExp) => responses.filter((r) => pattern.test(new URL(r.url()).pathname))
    const page0 = byPath(/^\/$/)[0]!
    expect(page0.headers()['cache-control']).toBe('no-cache')
    expect(page0.headers()['content-encoding']).toBe('br')
    // The page's script, the catalog (page) and the search file (worker): each one brotli.
    for (const pattern of [/^\/assets\/.*\.js$/, /^\/corpus\/catalog\./, /^\/corpus\/search\./]) {
      const [response] = byPath(pattern)
      expect(response, String(pattern)).toBeDefined()
      expect(response!.headers()['content-encoding'], String(pattern)).toBe('br')
      expect(response!.headers()['cache-control'], String(pattern)).toBe('public, max-age=31536000, immutable')
      expect(response!.headers().vary).toBe('Accept-Encoding')
    }
    expect(byPath(/^\/corpus\/manifest\.json$/)[0]!.headers()['cache-control']).toBe('no-cache')
    expect(errors).toEqual([])
  })

  it('answers a missing corpus file with 404, and an app URL with the app', async () => {
    const missing = await page.goto(`${baseUrl}/corpus/catalog.000000000000.json`)
    expect(missing?.status()).toBe(404)
    expect(await page.locator('#root').count()).toBe(0)

    const statement = await page.goto(`${baseUrl}/statements/${SEED_ID}`)
    expect(statement?.status()).toBe(200)
    await page.getByRole('heading', { level: 1, name: /Foreign Minister Kaljurand/ }).waitFor()
    const unknown = await page.goto(`${baseUrl}/speakers/nobody-of-that-name`)
    expect(unknown?.status()).toBe(200)
    await page.locator('main h1').first().waitFor()
  })
})
