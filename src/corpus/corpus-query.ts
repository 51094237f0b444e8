import { queryOptions } from '@tanstack/react-query'
import type { CorpusManifest } from './schema.ts'
import { fetchCorpus } from './fetch-corpus.ts'
import type { SearchEngine } from '../search/search-engine.ts'
import { createSearchWorker, type SearchWorker } from '../search/search-worker-client.ts'

export { CorpusLoadError } from './fetch-corpus.ts'

export interface LoadedCorpus {
  manifest: CorpusManifest
  /** The engine on the page: list metadata, facets' labels, bodies, filter-only searches. */
  engine: SearchEngine
  /** Where text searches run, off the main thread; absent where there are no workers (tests). */
  worker?: SearchWorker | undefined
}

let worker: SearchWorker | undefined
let started: Promise<LoadedCorpus> | undefined

/** The catalog on this thread; the search worker, once, loading its search file meanwhile. */
async function loadCorpus(): Promise<LoadedCorpus> {
  const base = import.meta.env.BASE_URL
  // One worker for the page's life: after a failed load it loads again on the next search.
  worker ??= createSearchWorker(base)
  return { ...(await fetchCorpus(base)), worker }
}

/**
 * Starts loading before the app's code is even evaluated (see start-loading.ts): the worker's
 * search file and the page's catalog are then on their way while React and the router start.
 */
export function startLoadingCorpus(): void {
  started = loadCorpus()
  // Reported by the query that takes it over, not as an unhandled rejection.
  started.catch(() => undefined)
}

export function corpusQueryOptions() {
  return queryOptions({
    queryKey: ['corpus'],
    queryFn: (): Promise<LoadedCorpus> => {
      const early = started
      started = undefined
      // A retry after a failure loads afresh.
      return early ?? loadCorpus()
    },
    // A built corpus does not change under a running page.
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: 1,
  })
}
