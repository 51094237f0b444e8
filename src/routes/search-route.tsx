import { createRoute } from '@tanstack/react-router'
import { SearchPage } from '../features/search/search-page.tsx'
import { toSearchQuery, validateSearchParams } from '../search/search-params.ts'
import { searchResultsQueryOptions } from '../search/search-queries.ts'
import { loadCorpusWithCleanSearch } from './load-corpus-with-clean-search.ts'
import { rootRoute } from './root-route.tsx'

export const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateSearchParams,
  beforeLoad: async ({ context, location, search, cause }) => {
    const { engine, worker } = await loadCorpusWithCleanSearch(context.queryClient, location)
    // Arriving at the page, its first results are part of loading it. Once on the page, new
    // results arrive asynchronously while the old ones stay up (see SearchPage), so typing
    // never waits for a search.
    if (cause === 'enter') {
      await context.queryClient.ensureQueryData(searchResultsQueryOptions(engine, toSearchQuery(search), worker))
    }
  },
  component: SearchPage,
})
