import { createRoute } from '@tanstack/react-router'
import { SearchPage } from '../features/search/search-page.tsx'
import { validateSearchParams } from '../search/search-params.ts'
import { loadCorpusWithCleanSearch } from './load-corpus-with-clean-search.ts'
import { rootRoute } from './root-route.tsx'

export const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: validateSearchParams,
  beforeLoad: ({ context, location }) => loadCorpusWithCleanSearch(context.queryClient, location),
  component: SearchPage,
})
