import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, watchForErrors } from './chromium.ts'

const baseUrl = inject('baseUrl')
const SEED_TITLE = /Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation/
let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return { tag: '', text: '', label: '', outline: 'none' }
    const style = getComputedStyle(el)
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 120),
      label: el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? '',
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    }
  })

async function tabUntil(page: Page, test: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (test(f)) return f
  }
  throw new Error('never reached the element by Tab')
}

describe('keyboard only', () => {
  it('search, filter, open a statement and come back without a mouse, always seeing where focus is', async () => {
    const page = await (await browser.newContext()).newPage()
    const errors = watchForErrors(page)
    await page.goto(`${baseUrl}/`)
    await page.getByRole('heading', { level: 3 }).first().waitFor()

    // The first Tab reaches the skip link, which is visible while focused.
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Skip to content')
    expect(await page.getByRole('link', { name: 'Skip to content' }).isVisible()).toBe(true)

    const box = await tabUntil(page, (f) => f.tag === 'input' && /Search .* statements/.test(f.label))
    expect(box.outline).not.toMatch(/^none/)
    await page.keyboard.type('kaljurnd')
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()

    const checkbox = await tabUntil(page, (f) => f.tag === 'input' && /Marina Kaljurand/.test(f.label))
    expect(checkbox.outline).not.toMatch(/^none/)
    await page.keyboard.press('Space')
    await expect.poll(() => new URL(page.url()).searchParams.get('speaker')).toBe('marina-kaljurand')

    const link = await tabUntil(page, (f) => f.tag === 'a' && SEED_TITLE.test(f.text))
    expect(link.outline).not.toMatch(/^none/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor()
    // Focus moves to the new page's heading, so reading starts at the top.
    await expect.poll(async () => (await focused(page)).tag).toBe('h1')

    const back = await tabUntil(page, (f) => f.tag === 'a' && /Back to results/.test(f.text))
    expect(back.outline).not.toMatch(/^none/)
    await page.keyboard.press('Enter')
    await page.getByRole('link', { name: SEED_TITLE }).waitFor()
    expect(new URL(page.url()).search).toBe('?q=kaljurnd&speaker=marina-kaljurand')
    expect(errors).toEqual([])
  })
})
