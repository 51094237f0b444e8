import type { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { NotFoundPage } from './features/layout/not-found-page.tsx'
import { PendingView } from './features/layout/pending-view.tsx'
import { RouteErrorView } from './features/layout/route-error-view.tsx'
import { routeTree } from './routes/route-tree.ts'
import type { IgnoredParam } from './search/search-params.ts'
import { parseSearch, stringifySearch } from './search/search-params.ts'

interface AppRouterOptions {
  queryClient: QueryClient
  history?: RouterHistory
  /**
   * Rendering a page to HTML (src/prerender/). On a server the router's scroll restoration
   * writes an inline script into the page, which the CSP refuses and the page's own render
   * would not match; the page restores scrolling itself once it runs.
   */
  prerender?: boolean
}

export function createAppRouter({ queryClient, history, prerender = false }: AppRouterOptions) {
  return createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    parseSearch,
    stringifySearch,
    scrollRestoration: !prerender,
    defaultPendingComponent: PendingView,
    // Every route gets its own boundary: an error shows a message and Retry, never a blank page.
    defaultErrorComponent: RouteErrorView,
    defaultNotFoundComponent: NotFoundPage,
    defaultPendingMs: 200,
    // The router's default holds a pending view for at least half a second once shown, which
    // would delay results that arrive sooner; the loading view can vanish as soon as they do.
    defaultPendingMinMs: 0,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

declare module '@tanstack/history' {
  interface HistoryState {
    ignoredParams?: IgnoredParam[] | undefined
  }
}
