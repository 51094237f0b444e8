import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, expect } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  })
}

/** Collects everything a person would never want to see: console errors and uncaught exceptions. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  return errors
}

export interface TestPage {
  context: BrowserContext
  page: Page
  /** Console errors and uncaught exceptions of `page`. */
  errors: string[]
}

/**
 * One browser for the file and a fresh context and page for each test, handed to `onOpen`
 * before the test runs.
 */
export function openPageForEachTest(onOpen: (opened: TestPage) => void, options: BrowserContextOptions = {}) {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start')
    const context = await browser.newContext(options)
    const page = await context.newPage()
    onOpen({ context, page, errors: watchForErrors(page) })
  })
}

/**
 * Waits until the app has taken a prerendered page over (React marks the elements it hydrates):
 * until then its buttons are plain HTML, and a click on one does nothing.
 */
export async function waitForHydration(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber'))), { timeout: 20_000 })
    .toBe(true)
}
