// First, before anything else is evaluated: the corpus starts loading.
import './start-loading.ts'
import { QueryClient } from '@tanstack/react-query'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { AppRoot } from './app-root.tsx'
import { createAppRouter } from './router.tsx'
import './styles.css'

const queryClient = new QueryClient()
const router = createAppRouter({ queryClient })
const container = document.getElementById('root') as HTMLElement
const app = <AppRoot queryClient={queryClient} router={router} />

// A prerendered page (src/prerender/) names the address it was rendered for. It is readable as
// it is, so the app first loads the same data its loaders gave the prerender (the catalog, the
// statement's body) and only then takes over: hydrating renders the very markup that is already
// there, with nothing shifting. The same file opened with a search in its address (highlighted
// words, "Back to results"), or whose data failed to load, renders differently, so there the
// app replaces it once ready instead.
const rendered = container.dataset.prerendered
if (rendered === undefined) {
  createRoot(container).render(app)
} else {
  // Compared as opened: a URL the loaders clean (a bad parameter dropped, with a notice the
  // prerender did not show) is the prerendered address only after loading, and renders more.
  const opened = `${window.location.pathname}${window.location.search}`
  void router.load().finally(() => {
    const same = rendered === opened && opened === `${window.location.pathname}${window.location.search}`
    // A page whose data failed to load shows the error and Retry: not the markup there.
    const loaded = router.state.matches.every((match) => match.status === 'success')
    if (same && loaded) {
      // The router renders a server's tree (no suspense boundary around the root match) only
      // when it knows it hydrates one; this is how its own hydration tells it so.
      router.ssr = { manifest: undefined }
      hydrateRoot(container, app)
    } else {
      createRoot(container).render(app)
    }
  })
}
