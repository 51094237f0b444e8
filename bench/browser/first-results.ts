import type { Page } from 'playwright-core'

// When a page shows its first results, as both browser bench tools time it: inside the page, the
// first animation frame after a result row enters the document, that is, the frame that paints
// it. Polling from Playwright would add its own delay.
//
// The page reports that time through a CDP binding (Runtime.addBinding), not by Playwright
// waiting on a condition: page.waitForFunction injects Playwright's own script into the page,
// whose compilation is a main-thread task of 50–90 ms (seen in a trace, as `InjectedScript`) that
// lands in the middle of the load it is timing, once the load event has fired.

const BINDING = '__benchFirstResults'

// A string, not a function: tsx would wrap a function's body in helpers the page lacks.
const WATCH = `new MutationObserver((_, o) => {
  if (!document.querySelector('.result')) return
  o.disconnect()
  requestAnimationFrame(() => {
    const at = performance.now()
    if (typeof window.${BINDING} === 'function') window.${BINDING}(String(at))
  })
}).observe(document, { childList: true, subtree: true })`

/**
 * Call before the page navigates. Returns a function that resolves with the milliseconds from
 * navigation to the frame that painted the first result, once it has.
 */
export async function firstResultsOf(page: Page): Promise<(timeout: number) => Promise<number>> {
  await page.addInitScript(WATCH)
  const session = await page.context().newCDPSession(page)
  const painted = new Promise<number>((resolve) => {
    session.on('Runtime.bindingCalled', (event) => {
      if (event.name === BINDING) resolve(Number(event.payload))
    })
  })
  await session.send('Runtime.enable')
  await session.send('Runtime.addBinding', { name: BINDING })
  return (timeout) => {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result painted within ${timeout} ms`)), timeout)
    })
    return Promise.race([painted, late]).finally(() => clearTimeout(timer))
  }
}
