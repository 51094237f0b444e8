import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router'
import { RouteErrorView } from '../features/layout/route-error-view.tsx'
import { ProfileNotFound } from '../features/profile/profile-not-found.tsx'
import { validateSearchParams } from '../search/search-params.ts'
import { loadCorpusWithCleanSearch } from './load-corpus-with-clean-search.ts'
import { rootRoute } from './root-route.tsx'

export const topicRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/topics/$id',
  validateSearch: validateSearchParams,
  beforeLoad: async ({ context, location, params }) => {
    const { engine } = await loadCorpusWithCleanSearch(context.queryClient, location)
    if (!engine.hasTopic(params.id)) throw notFound()
    // A profile lists the statements through a filter-only search.
    await engine.prepare('')
  },
  // Split from the first page's bundle: most visits start at search.
  component: lazyRouteComponent(() => import('../features/topic/topic-page.tsx'), 'TopicPage'),
  errorComponent: RouteErrorView,
  notFoundComponent: () => <ProfileNotFound kind="topic" />,
})
