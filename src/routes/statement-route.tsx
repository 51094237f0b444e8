import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router'
import { StatementNotFound } from '../features/statement/statement-not-found.tsx'
import { validateSearchParams } from '../search/search-params.ts'
import { catalogChunkQueryOptions, statementBodyQueryOptions } from '../service/archive.ts'
import { queryHighlightQueryOptions } from '../service/search-queries.ts'
import { loadArchiveWithCleanSearch } from './load-archive-with-clean-search.ts'
import { rootRoute } from './root-route.tsx'

// The statement page carries the search it was opened from in its own search params, so that
// "back to results" and the highlighted words survive a bookmark or a reload.
export const statementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/statements/$id',
  validateSearch: validateSearchParams,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, location, params, deps }) => {
    const archive = await loadArchiveWithCleanSearch(queryClient, location)
    const doc = await archive.catalog.findDoc(params.id)
    if (doc === undefined) throw notFound()
    // The search's words are marked in the text: what they stand for (typos, the word being
    // typed) is the search service's to say.
    await Promise.all([
      queryClient.ensureQueryData(catalogChunkQueryOptions(archive, archive.catalog.chunkOf(doc))),
      queryClient.ensureQueryData(statementBodyQueryOptions(archive, doc)),
      queryClient.ensureQueryData(queryHighlightQueryOptions(archive, deps.q ?? '')),
    ])
  },
  // Split from the first page's bundle: most visits start at search.
  component: lazyRouteComponent(() => import('../features/statement/statement-page.tsx'), 'StatementPage'),
  notFoundComponent: StatementNotFound,
})
