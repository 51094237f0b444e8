import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { generateSyntheticStatements } from '../../src/corpus/synthetic.ts'
import { tokenize } from '../../src/search/tokenize.ts'
import { seedStatement } from '../fixtures/corpus.ts'
import { HOSTILE_STATEMENTS } from '../fixtures/hostile-statements.ts'
import { PARTIAL_DATE_STATEMENTS } from '../fixtures/partial-date-statements.ts'
import { openPageForEachTest } from './chromium.ts'

const baseUrl = inject('baseUrl')

let page: Page
let errors: string[]

// axe is injected as a script, which the page's own CSP would rightly refuse.
openPageForEachTest((opened) => ({ page, errors } = opened), { bypassCSP: true })
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

// The statements global-setup.ts builds the test archive from, in the same order.
const STATEMENTS = [seedStatement, ...generateSyntheticStatements({ count: 120, seed: 11 }), ...HOSTILE_STATEMENTS, ...PARTIAL_DATE_STATEMENTS]

/** A plain reference: where the phrase's words stand together in a paragraph (titles do not count). */
function occurrences(phrase: string) {
  const words = tokenize(phrase).map((t) => t.term)
  let total = 0
  const statements = new Set<string>()
  for (const s of STATEMENTS) {
    for (const text of s.paragraphs) {
      const terms = tokenize(text).map((t) => t.term)
      for (let at = 0; at + words.length <= terms.length; at++) {
        if (words.every((w, k) => terms[at + k] === w)) {
          total++
          statements.add(s.id)
        }
      }
    }
  }
  return { total, statements: statements.size }
}

describe('passages in Chromium', () => {
  it('lists every occurrence of a phrase, and scrolling to the end loads every line', async () => {
    const phrase = '"work on"'
    const expected = occurrences(phrase)
    // Several pages of passages: the rest must be fetched as the list scrolls.
    expect(expected.total).toBeGreaterThan(500)
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(phrase)}&view=passages`)
    await page.getByRole('status').filter({ hasText: `${expected.total.toLocaleString('en-GB')} passages in ${expected.statements} statements` }).waitFor()
    const lines = page.locator('ol.passage-list > li[aria-posinset]')
    await lines.first().waitFor()
    expect(await lines.first().getAttribute('aria-setsize')).toBe(String(expected.total))
    // Only the lines near the viewport are in the page.
    expect(await lines.count()).toBeLessThan(100)

    // A screen at a time, noting every line that passes; the list grows as it nears its end.
    const seen = new Set<number>()
    for (let step = 0; step < 400; step++) {
      for (const n of await lines.evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-posinset'))))) seen.add(n)
      if (seen.size === expected.total) break
      await page.mouse.wheel(0, 600)
      await page.waitForTimeout(30)
    }
    expect(seen.size).toBe(expected.total)
    expect(Math.max(...seen)).toBe(expected.total)
    await expect.poll(() => page.getByText('Loading more passages…').count()).toBe(0)
    // Every line marks the phrase.
    const marks = await lines.evaluateAll((els) => els.map((el) => el.querySelector('mark')?.textContent?.toLowerCase()))
    expect(new Set(marks)).toEqual(new Set(['work on']))
    expect(errors).toEqual([])
  })

  it('opens a line’s paragraph, and Back to results returns to the passages', async () => {
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('"called for"')}&view=passages&order=after`)
    const link = page.locator('ol.passage-list > li[aria-posinset] a').first()
    await link.waitFor()
    const href = (await link.getAttribute('href')) ?? ''
    const paragraph = /#p(\d+):~:text=called%20for$/i.exec(href)?.[1]
    expect(paragraph).toBeDefined()
    await link.click()
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(new URL(page.url()).pathname).toMatch(/^\/statements\//)
    expect(await page.locator(`#p${paragraph}`).textContent()).toMatch(/called for/i)
    await page.getByRole('link', { name: /Back to results/ }).click()
    await page.getByRole('combobox', { name: 'Sort passages by' }).waitFor()
    expect(new URL(page.url()).searchParams.get('order')).toBe('after')
    expect(errors).toEqual([])
  })

  it('sorts by the word after the match, a match that ends its paragraph last', async () => {
    const phrase = '"lighthouse keepers"'
    const expected = occurrences(phrase)
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(phrase)}&view=passages&order=after`)
    await page.getByRole('status').filter({ hasText: `${expected.total} passages in ${expected.statements} statements` }).waitFor()
    const lines = page.locator('ol.passage-list > li[aria-posinset]')
    await expect.poll(() => lines.count()).toBe(expected.total)
    const next = await lines.evaluateAll((els) => els.map((el) => /[\p{L}\p{N}]+/u.exec(el.querySelector('.passage__right')?.textContent ?? '')?.[0]?.toLowerCase() ?? ''))
    // Three of the fictional statements end a paragraph with the phrase.
    expect(next).toEqual(['of', 'treated', '', '', ''])
    expect(errors).toEqual([])
  })

  it('has no serious accessibility violation, and nothing scrolls sideways at 320 px', async () => {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(`${baseUrl}/?q=${encodeURIComponent('"called for"')}&view=passages`)
      await page.locator('ol.passage-list > li[aria-posinset]').first().waitFor()
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    }
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      type Violation = { id: string; impact: string | null; nodes: Array<{ target: string[] }> }
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }).axe
      return (await axe.run(document)).violations
    })
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([])
    expect(errors).toEqual([])
  })
})
