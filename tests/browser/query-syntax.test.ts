import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { archiveCorpus } from '../../src/corpus/archive-order.ts'
import { generateSyntheticStatements } from '../../src/corpus/synthetic.ts'
import { countPhrase } from '../../src/search/naive-scan.ts'
import { seedStatement, topics } from '../fixtures/corpus.ts'
import { HOSTILE_STATEMENTS } from '../fixtures/hostile-statements.ts'
import { PARTIAL_DATE_STATEMENTS } from '../fixtures/partial-date-statements.ts'
import { openPageForEachTest } from './chromium.ts'

const baseUrl = inject('baseUrl')

// The corpus global-setup.ts builds the app on, read the plain way: the count to hold the page to.
const corpus = archiveCorpus(
  [seedStatement, ...generateSyntheticStatements({ count: 120, seed: 11 }), ...HOSTILE_STATEMENTS, ...PARTIAL_DATE_STATEMENTS],
  topics,
)

let page: Page
let errors: string[]
openPageForEachTest((opened) => ({ page, errors } = opened))

const pathAndQuery = () => {
  const url = new URL(page.url())
  return decodeURIComponent(`${url.pathname}${url.search}`)
}

describe('query syntax in Chromium', () => {
  it('counts a phrase search as the statements holding the phrase and marks the phrase as one', async () => {
    const phrase = 'collective defence'
    const expected = countPhrase(corpus, phrase.split(' ')).statements
    expect(expected).toBeGreaterThan(3)
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(`"${phrase}"`)}`)
    await page.getByText(`${expected} statements match “"${phrase}"”`).waitFor()
    await page.getByText(`Searching for the phrase “${phrase}”`).waitFor()

    // A title holding the phrase marks it once, whole.
    const title = page.locator('article h3', { has: page.locator('mark', { hasText: phrase }) }).first()
    await title.waitFor()
    expect(await title.locator('mark').allTextContents()).toEqual([phrase])
    // So does the snippet of the passage that holds it, when it arrives.
    const snippetMark = page.locator('article p.result__snippet mark').first()
    await snippetMark.waitFor()
    expect((await snippetMark.textContent())?.toLowerCase()).toBe(phrase)
    const snippetMarks = await page.locator('article p.result__snippet mark').allTextContents()
    expect(snippetMarks.every((text) => text.toLowerCase() === phrase)).toBe(true)
    expect(errors).toEqual([])
  })

  it('offers the exact search for a corrected word, as a link', async () => {
    await page.goto(`${baseUrl}/?q=kaljurnd`)
    await page.getByText('Including results for kaljurand (you typed kaljurnd).').waitFor()
    await page.getByRole('link', { name: 'Search only for kaljurnd' }).click()
    await expect.poll(pathAndQuery).toBe('/?q="kaljurnd"')
    await page.getByText('No statements match.').waitFor()
    expect(await page.getByRole('searchbox', { name: /Search .* statements/ }).inputValue()).toBe('"kaljurnd"')
    expect(errors).toEqual([])
  })

  it('opens the search tips over the page, moving nothing, and closes them with Esc', async () => {
    await page.goto(`${baseUrl}/?q=cyber`)
    const count = page.getByText(/statements match “cyber”/)
    await count.waitFor()
    const before = await count.boundingBox()
    const tips = page.getByRole('button', { name: 'Search tips' })
    await tips.focus()
    await page.keyboard.press('Enter')
    const table = page.getByRole('table', { name: 'Search tips' })
    await table.waitFor()
    expect(await tips.getAttribute('aria-expanded')).toBe('true')
    // The tips lie over the results; nothing under them moved.
    expect(await count.boundingBox()).toEqual(before)
    const panel = await table.boundingBox()
    expect(panel && before && panel.y + panel.height > before.y).toBe(true)
    await page.keyboard.press('Escape')
    await table.waitFor({ state: 'hidden' })
    expect(await tips.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await page.getByRole('searchbox', { name: /Search .* statements/ }).inputValue()).toBe('cyber')
    expect(errors).toEqual([])
  })
})
