import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, watchForErrors } from './chromium.ts'

const baseUrl = inject('baseUrl')
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const SEED_ID = '2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  // axe is injected as a script, which the page's own CSP would rightly refuse.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } })
  const page = await context.newPage()
  const errors = watchForErrors(page)
  await page.goto(`${baseUrl}${path}`)
  await page.locator('main h1').first().waitFor()
  await page.waitForLoadState('networkidle')
  return { page, errors }
}

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[] }>
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document)
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)
}

const PAGES: Array<[string, string]> = [
  ['the search page with results', '/?q=cyber'],
  ['the search page with filters', '/?topic=eu-nato&from=2016-01-01'],
  ['the search page without results', '/?q=qwxzvbnmkj'],
  ['a statement page', `/statements/${SEED_ID}?q=new+normal`],
  ['a speaker page', '/speakers/marina-kaljurand'],
  ['a speaker page with many statements', '/speakers/ada-quillfeather'],
  ['a topic page', '/topics/eu-nato'],
  ['the not-found page', '/statements/2016-01-01-nothing-here'],
  ['a page with a notice about ignored parameters', '/?sort=sideways'],
]

describe('accessibility in Chromium', () => {
  it.each(PAGES)('axe finds no serious or critical violation on %s', async (_, path) => {
    const { page, errors } = await open(path)
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it.each(PAGES)('nothing scrolls sideways at 320 px on %s', async (_, path) => {
    const { page } = await open(path, 320)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('respects prefers-reduced-motion', async () => {
    const { page } = await open('/')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const duration = await page.evaluate(() => {
      const probe = document.createElement('span')
      probe.className = 'spinner'
      document.body.append(probe)
      return parseFloat(getComputedStyle(probe).animationDuration)
    })
    expect(duration).toBeLessThan(0.001)
  })
})
