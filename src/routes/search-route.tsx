import { createRoute } from '@tanstack/react-router'
import { SearchPage } from '../features/search/search-page.tsx'
import { toSearchQuery, validateSearchParams } from '../search/search-params.ts'
import { searchResultsQueryOptions } from '../service/search-queries.ts'
import { loadArchiveWithCleanSearch } from './load-archive-with-clean-search.ts'
import { isOpeningVisit } from './opening-visit.ts'
import { rootRoute } from './root-route.tsx'

export const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateSearchParams,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, location, deps, cause }) => {
    const archive = await loadArchiveWithCleanSearch(queryClient, location)
    // Arriving at the page, its first results are part of loading it: Back finds the list in
    // place to restore its scroll position. Once on the page, new results arrive asynchronously
    // while the old ones stay up (see SearchPage), so typing never waits for a search.
    if (cause !== 'enter') return
    const results = searchResultsQueryOptions(archive, toSearchQuery(deps))
    // Except on the page a visit opens, which has no position to restore: it shows its box
    // and "Searching…" at once, and renders only the results when they come. The whole page
    // rendered in the task that brought them, 90 ms of it before they were painted (against
    // the minimal page's 5), on the critical path of every cold visit: loaded in turns with the
    // build before, 31 loads each, the first results came a median 37 ms sooner.
    if (isOpeningVisit()) void queryClient.prefetchQuery(results)
    else await queryClient.ensureQueryData(results)
  },
  component: SearchPage,
})
