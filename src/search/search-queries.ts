import { queryOptions } from '@tanstack/react-query'
import type { SearchEngine, SearchQuery } from './search-engine.ts'
import { WorkerUnavailable, type SearchWorker } from './search-worker-client.ts'

// Search results and statement bodies are loaded data like any other: they come through the
// query cache, keyed by what the URL says, and are never copied into component state.

export function searchResultsQueryOptions(engine: SearchEngine, query: SearchQuery, worker?: SearchWorker) {
  return queryOptions({
    queryKey: ['search', query],
    queryFn: async ({ signal }) => {
      if (worker) {
        try {
          // Passing the signal lets a search the page stopped waiting for be dropped unanswered.
          return await worker.search(query, signal)
        } catch (error) {
          if (!(error instanceof WorkerUnavailable)) throw error
        }
      }
      // Where there is no worker: fetch the posting shards this query's words live in (a no-op
      // once they are here), then rank on this thread.
      await engine.prepare(query.q)
      return engine.search(query)
    },
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    structuralSharing: false,
  })
}

/** The paragraphs of some statements, for snippets; resolves once the engine holds them. */
export function statementBodiesQueryOptions(engine: SearchEngine, docs: readonly number[]) {
  return queryOptions({
    queryKey: ['bodies', docs],
    queryFn: async () => {
      await engine.loadBodies(docs)
      return docs.length
    },
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  })
}
