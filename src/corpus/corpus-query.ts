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

export function corpusQueryOptions() {
  return queryOptions({
    queryKey: ['corpus'],
    queryFn: async (): Promise<LoadedCorpus> => {
      const base = import.meta.env.BASE_URL
      // The worker loads its own copy of the index (from the HTTP cache) while the page does.
      const worker = createSearchWorker(base)
      const corpus = await fetchCorpus(base)
      return { ...corpus, worker }
    },
    // A built corpus does not change under a running page.
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: 1,
  })
}
