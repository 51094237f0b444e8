import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router'
import { StatementNotFound } from '../features/statement/statement-not-found.tsx'
import { validateSearchParams } from '../search/search-params.ts'
import { loadCorpusWithCleanSearch } from './load-corpus-with-clean-search.ts'
import { rootRoute } from './root-route.tsx'

// The statement page carries the search it was opened from in its own search params, so that
// "back to results" and the highlighted words survive a bookmark or a reload.
export const statementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/statements/$id',
  validateSearch: validateSearchParams,
  beforeLoad: async ({ context, location, params, search }) => {
    const { engine } = await loadCorpusWithCleanSearch(context.queryClient, location)
    const doc = engine.docOf(params.id)
    if (doc === undefined) throw notFound()
    // The search's words are highlighted in the text: what they stand for (typos, the word
    // being typed) is the search index's to say, so it is loaded too when there are words.
    await Promise.all([engine.loadBodies([doc]), search.q ? engine.prepare(search.q) : undefined])
  },
  // Split from the first page's bundle: most visits start at search.
  component: lazyRouteComponent(() => import('../features/statement/statement-page.tsx'), 'StatementPage'),
  notFoundComponent: StatementNotFound,
})
