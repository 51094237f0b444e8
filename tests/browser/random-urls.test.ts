import fc from 'fast-check'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './chromium.ts'

const baseUrl = inject('baseUrl')
const SEED_ID = '2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('', '%', '%E0%A4', '%00', '..', '../../etc/passwd', '<script>', '"', ',', ',,', '+', 'a'.repeat(300)),
)
const value = fc.oneof(
  text,
  fc.constantFrom('marina-kaljurand', 'ada-quillfeather', 'eu-nato', 'cyber-defence', 'statement', 'remarks', 'newest', 'oldest', 'relevance'),
  fc.constantFrom('2016-04-07', '2016-02-30', '2016-13-01', '1999-01-01', '9999-12-31', '2016', 'yesterday'),
  fc.array(fc.constantFrom('marina-kaljurand', 'nobody', 'eu-nato', 'BAD ID'), { maxLength: 4 }).map((a) => a.join(',')),
)
const key = fc.oneof(fc.constantFrom('q', 'speaker', 'topic', 'type', 'from', 'to', 'sort'), text)
// Values go in both encoded and raw, as people paste and edit them.
const query = fc
  .array(fc.tuple(key, value, fc.boolean()), { maxLength: 6 })
  .map((pairs) =>
    pairs.map(([k, v, raw]) => `${encodeURIComponent(k)}=${raw ? v.replace(/[#&]/g, '') : encodeURIComponent(v)}`).join('&'),
  )
const rawQuery = fc.oneof(query, text.map((t) => t.replace(/#/g, '')))
const path = fc.oneof(
  fc.constant('/'),
  fc.constant(`/statements/${SEED_ID}`),
  text.map((t) => `/statements/${encodeURIComponent(t)}`),
  fc.constantFrom('marina-kaljurand', 'nobody').map((id) => `/speakers/${id}`),
  fc.constantFrom('eu-nato', 'nothing').map((id) => `/topics/${id}`),
  text.map((t) => `/${encodeURIComponent(t)}`),
)
const url = fc
  .tuple(path, rawQuery, fc.option(text, { nil: undefined }))
  .map(([p, q, hash]) => `${p}${q ? `?${q}` : ''}${hash ? `#${encodeURIComponent(hash)}` : ''}`)

describe('random URLs in Chromium', () => {
  it('220 random URLs each load a page with a heading, and nothing throws', async () => {
    const urls = fc.sample(url, { seed: 20161, numRuns: 220 })
    const page = await (await browser.newContext()).newPage()
    const failures: string[] = []
    let current = ''
    page.on('pageerror', (e) => failures.push(`${current}: uncaught ${e.message}`))
    for (const u of urls) {
      current = u
      await page.goto(`${baseUrl}${u}`)
      try {
        await page.locator('main h1').first().waitFor({ timeout: 10_000 })
      } catch {
        failures.push(`${u}: no heading (blank page?)`)
        continue
      }
      const bodyText = (await page.locator('main').innerText()).trim()
      if (!bodyText) failures.push(`${u}: empty main`)
    }
    expect(failures).toEqual([])
  }, 300_000)
})
