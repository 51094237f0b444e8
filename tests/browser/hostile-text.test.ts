import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { HOSTILE_STATEMENTS } from '../fixtures/hostile-statements.ts'
import { openPageForEachTest } from './chromium.ts'

const baseUrl = inject('baseUrl')
let page: Page
let errors: string[]
openPageForEachTest((opened) => ({ page, errors } = opened))

/** Nothing injected ran, no injected element exists, and every link is http(s) or in-app. */
async function expectInert() {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.locator('main img, main script, main svg, main iframe').count()).toBe(0)
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\/|#)/)
}

describe('hostile statement text in Chromium', () => {
  it('search results show markup as text and run nothing', async () => {
    await page.goto(`${baseUrl}/?q=zorblax`)
    await page.getByRole('link', { name: /Zorblax hostile title/ }).waitFor()
    expect(await page.getByRole('link', { name: /Zorblax hostile title/ }).textContent()).toContain('<img src=x onerror=')
    await expectInert()
    expect(errors).toEqual([])
  })

  it.each(HOSTILE_STATEMENTS.map((s) => [s.id]))('statement page %s shows markup as text and links no unsafe source', async (id) => {
    await page.goto(`${baseUrl}/statements/${id}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expectInert()
    expect(await page.getByRole('link', { name: /Fictional .* Gazette/ }).count()).toBe(0)
    expect(await page.getByText(/the recorded link is not a web address/).count()).toBe(1)
    expect(errors).toEqual([])
  })
})
