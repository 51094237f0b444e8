import type { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { PendingView } from './features/layout/pending-view.tsx'
import { routeTree } from './routes/route-tree.ts'
import type { IgnoredParam } from './search/search-params.ts'
import { parseSearch, stringifySearch } from './search/search-params.ts'

export function createAppRouter({ queryClient, history }: { queryClient: QueryClient; history?: RouterHistory }) {
  return createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    parseSearch,
    stringifySearch,
    scrollRestoration: true,
    defaultPendingComponent: PendingView,
    defaultPendingMs: 200,
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
