import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router'
import { RouteErrorView } from '../features/layout/route-error-view.tsx'
import { ProfileNotFound } from '../features/profile/profile-not-found.tsx'
import { validateSearchParams } from '../search/search-params.ts'
import { loadCorpusWithCleanSearch } from './load-corpus-with-clean-search.ts'
import { rootRoute } from './root-route.tsx'

export const speakerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers/$id',
  validateSearch: validateSearchParams,
  beforeLoad: async ({ context, location, params }) => {
    const { engine } = await loadCorpusWithCleanSearch(context.queryClient, location)
    if (!engine.hasSpeaker(params.id)) throw notFound()
    // A profile lists the statements through a filter-only search.
    await engine.prepare('')
  },
  // Split from the first page's bundle: most visits start at search.
  component: lazyRouteComponent(() => import('../features/speaker/speaker-page.tsx'), 'SpeakerPage'),
  errorComponent: RouteErrorView,
  notFoundComponent: () => <ProfileNotFound kind="speaker" />,
})
