import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { corpusQueryOptions } from '../../src/corpus/corpus-query.ts'
import type { CompiledCorpus } from '../../src/corpus/schema.ts'
import { inMemoryEngine } from '../../src/search/in-memory-engine.ts'
import { createAppRouter } from '../../src/router.tsx'
import { fixtureCorpus } from '../fixtures/corpus.ts'

/** The whole app at a URL, with the corpus already in the query cache (no network in jsdom). */
export function renderApp(url: string, corpus: CompiledCorpus = fixtureCorpus()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  queryClient.setQueryData(corpusQueryOptions().queryKey, {
    manifest: {
      version: 3,
      statements: corpus.statements.length,
      builtAt: '2026-01-01T00:00:00Z',
      catalog: 'catalog.test.json',
      catalogBytes: 0,
      search: 'search.test.json',
      shards: [],
      bodies: 'bodies/test/',
    },
    engine: inMemoryEngine(corpus),
  })
  const history = createMemoryHistory({ initialEntries: [url] })
  const router = createAppRouter({ queryClient, history })
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  /** The current URL, as the address bar would show it. */
  const currentUrl = () => `${router.state.location.pathname}${router.state.location.searchStr}`
  return { ...view, user, router, history, currentUrl }
}
