import type { BrowserContext, Page } from 'playwright-core'

// When a page shows its first results, as both browser bench tools time it: inside the page, the
// first animation frame after a result row enters the document, that is, the frame that paints
// it. Polling from Playwright would add its own delay.

// A string, not a function: tsx would wrap a function's body in helpers the page lacks.
const WATCH = `new MutationObserver((_, o) => {
  if (!document.querySelector('.result')) return
  o.disconnect()
  requestAnimationFrame(() => (window.__firstResultsAt = performance.now()))
}).observe(document, { childList: true, subtree: true })`

/** Watches every page the context opens from now on. */
export async function watchFirstResults(context: BrowserContext): Promise<void> {
  await context.addInitScript(WATCH)
}

/** Milliseconds from navigation to the frame that painted the first result, once it has. */
export async function firstResultsAt(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstResultsAt?: number }).__firstResultsAt !== undefined, undefined, { timeout })
  return page.evaluate(() => (window as unknown as { __firstResultsAt: number }).__firstResultsAt)
}
