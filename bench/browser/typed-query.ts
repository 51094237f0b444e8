import type { Locator, Page } from 'playwright-core'

// The query the browser bench types, and when its final results are on screen: shared by
// run-browser-bench.ts (the typing figures) and typing-requests.ts (what typing fetches).

export const TYPED = 'continuous cyber defence europe'.slice(0, 30)

export interface TypingMarks {
  /** When the last key went down, by the page's clock. */
  lastKey: number
  /** When the final results were on screen, by the page's clock; 0 until then. */
  finalAt: number
}

/**
 * Notes, in the page, the last key and the moment the final results are shown: the count
 * names the typed query and nothing is still on its way. The app's count names the search its
 * results answer; its results section is aria-busy while newer ones are awaited (the minimal
 * pages have no such section and show only what they have).
 */
export async function watchFinalResults(page: Page): Promise<void> {
  await page.evaluate((finalQuery) => {
    const marks: TypingMarks = { lastKey: 0, finalAt: 0 }
    ;(window as unknown as { __typing: TypingMarks }).__typing = marks
    document.addEventListener('keydown', (e) => (marks.lastKey = e.timeStamp), true)
    new MutationObserver(() => {
      const status = document.querySelector('.results-count')?.textContent ?? ''
      const busy = document.querySelector('section.results')?.getAttribute('aria-busy') === 'true'
      if (!marks.finalAt && !busy && status.includes(`“${finalQuery}”`)) marks.finalAt = performance.now()
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] })
  }, TYPED)
}

/** Types the query into `box` at 70 ms a key and waits for its final results (watchFinalResults first). */
export async function typeUntilFinalResults(page: Page, box: Locator, timeout: number): Promise<TypingMarks> {
  await box.pressSequentially(TYPED, { delay: 70 })
  await page.waitForFunction(() => (window as unknown as { __typing: TypingMarks }).__typing.finalAt > 0, undefined, { timeout })
  return page.evaluate(() => (window as unknown as { __typing: TypingMarks }).__typing)
}
