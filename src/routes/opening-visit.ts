// Whether the search page is being loaded for a visit that just opened the archive: a document
// reached by a link or a typed address, not by a reload or Back/Forward (whose scroll position
// the router restores, and which then needs the page's content in place). Asked by the search
// route's loader on its first load in the document, and answered once: every later load is a
// navigation inside the app, where Back must find the list in place.

let asked = false

/** True at most once per document: for the first caller, when the browser says the document was opened anew. */
export function isOpeningVisit(): boolean {
  if (asked) return false
  asked = true
  if (typeof performance === 'undefined' || typeof performance.getEntriesByType !== 'function') return false
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
  return navigation?.type === 'navigate'
}
