import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { ProfileNotFound } from '../features/profile/profile-not-found.tsx'
import { validateSearchParams } from '../search/search-params.ts'
import { loadProfile } from './load-profile.ts'
import { rootRoute } from './root-route.tsx'

export const countryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/countries/$id',
  validateSearch: validateSearchParams,
  loader: ({ context: { queryClient }, location, params }) => loadProfile(queryClient, location, 'country', params.id),
  // Split from the first page's bundle: most visits start at search.
  component: lazyRouteComponent(() => import('../features/country/country-page.tsx'), 'CountryPage'),
  notFoundComponent: () => <ProfileNotFound kind="country" />,
})
