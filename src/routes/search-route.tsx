import { createRoute } from '@tanstack/react-router'
import { SearchPage } from '../features/search/search-page.tsx'
import { toSearchQuery, validateSearchParams } from '../search/search-params.ts'
import { searchResultsQueryOptions } from '../service/search-queries.ts'
import { loadArchiveWithCleanSearch } from './load-archive-with-clean-search.ts'
import { rootRoute } from './root-route.tsx'

export const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateSearchParams,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, location, deps, cause }) => {
    const archive = await loadArchiveWithCleanSearch(queryClient, location)
    // Arriving at the page, its first results are part of loading it. Once on the page, new
    // results arrive asynchronously while the old ones stay up (see SearchPage), so typing
    // never waits for a search.
    if (cause === 'enter') await queryClient.ensureQueryData(searchResultsQueryOptions(archive, toSearchQuery(deps)))
  },
  component: SearchPage,
})
