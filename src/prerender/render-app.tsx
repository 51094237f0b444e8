import { QueryClient } from '@tanstack/react-query'
import { createMemoryHistory } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import { AppRoot } from '../app-root.tsx'
import { createAppRouter } from '../router.tsx'
import { archiveQueryOptions, type Archive } from '../service/archive.ts'

/**
 * One page of the app rendered to HTML by the same React components, router and loaders as the
 * page, on a memory history at `path`. The query cache starts with the archive in it, as the
 * page's does once the catalog has loaded; the loaders then fetch the rest (a statement's
 * body, a profile's search) through it. A fresh cache per page, so nothing piles up.
 */
export async function renderApp(archive: Archive, path: string, siteUrl: string): Promise<{ html: string; failed?: string }> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  queryClient.setQueryData(archiveQueryOptions().queryKey, archive)
  const router = createAppRouter({ queryClient, history: createMemoryHistory({ initialEntries: [path] }), prerender: true })
  await router.load()
  const html = withSiteOrigin(siteUrl, () => renderToString(<AppRoot queryClient={queryClient} router={router} />))
  // A page that did not load (an id the archive lacks, a loader that failed) is never written.
  const failed = router.state.matches.find((m) => m.status !== 'success')
  queryClient.clear()
  const why = failed?.error instanceof Error ? ` ${failed.error.message}` : ''
  return { html, ...(failed ? { failed: `${failed.routeId}: ${failed.status}${why}` } : {}) }
}

/**
 * The Cite buttons build the statement's address from window.location.origin while rendering
 * (src/lib/archive-url.ts); Node has no window. One with only the site's origin is there for
 * the length of the (synchronous) render, and gone before anything else can see it: libraries
 * that look for a window when loaded or later (React Query, the router) never find one.
 */
function withSiteOrigin<T>(siteUrl: string, render: () => T): T {
  const global = globalThis as { window?: unknown }
  if (global.window !== undefined) return render()
  global.window = { location: { origin: new URL(siteUrl).origin } }
  try {
    return render()
  } finally {
    delete global.window
  }
}
