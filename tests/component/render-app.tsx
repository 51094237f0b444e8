import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CompiledCorpus } from '../../src/corpus/schema.ts'
import { createAppRouter } from '../../src/router.tsx'
import { archiveQueryOptions } from '../../src/service/archive.ts'
import { fixtureCorpus } from '../fixtures/corpus.ts'
import { memoryArchive } from '../fixtures/memory-archive.ts'

/** The whole app at a URL, with the corpus already in the query cache (no network in jsdom). */
export function renderApp(url: string, corpus: CompiledCorpus = fixtureCorpus()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const archive = memoryArchive(corpus)
  queryClient.setQueryData(archiveQueryOptions().queryKey, archive)
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
  return { ...view, user, router, history, currentUrl, archive }
}
