import { queryOptions } from '@tanstack/react-query'
import type { Snippet } from './highlight.ts'
import type { SearchEngine, SearchQuery } from './search-engine.ts'
import { WorkerUnavailable, type SearchWorker } from './search-worker-client.ts'

// Search results and snippets are loaded data like any other: they come through the query
// cache, keyed by what the URL says, and are never copied into component state.

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

/**
 * The passages result rows show for some statements, in the worker where there is one. Keyed
 * by the matched terms, not the query: typing on within a word that matches the same terms
 * reuses them.
 */
export function snippetsQueryOptions(engine: SearchEngine, docs: readonly number[], terms: readonly string[], worker?: SearchWorker) {
  return queryOptions({
    queryKey: ['snippets', terms, docs],
    queryFn: async ({ signal }): Promise<{ terms: readonly string[]; byDoc: Map<number, Snippet> }> => {
      let snippets: Snippet[] | undefined
      if (worker) {
        try {
          snippets = await worker.snippets(docs, terms, signal)
        } catch (error) {
          if (!(error instanceof WorkerUnavailable)) throw error
        }
      }
      snippets ??= await engine.snippets(docs, new Set(terms))
      return { terms, byDoc: new Map(docs.map((doc, i) => [doc, snippets[i] as Snippet])) }
    },
    staleTime: Infinity,
    gcTime: 60_000,
    // A failed passage says so soon; the rows stay usable either way.
    retry: 1,
  })
}
