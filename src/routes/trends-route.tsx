import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { trendRequest } from '../features/trends/trend-request.ts'
import { validateSearchParams } from '../search/search-params.ts'
import { trendQueryOptions } from '../service/search-queries.ts'
import { loadArchiveWithCleanSearch } from './load-archive-with-clean-search.ts'
import { rootRoute } from './root-route.tsx'

export const trendsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/trends',
  validateSearch: validateSearchParams,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, location, deps }) => {
    const archive = await loadArchiveWithCleanSearch(queryClient, location)
    const request = trendRequest(deps)
    if (request.series.length) await queryClient.ensureQueryData(trendQueryOptions(archive, request))
  },
  // Split from the first page's bundle, and the chart's d3 with it: most visits start at search.
  component: lazyRouteComponent(() => import('../features/trends/trends-page.tsx'), 'TrendsPage'),
})
