import { queryOptions } from '@tanstack/react-query'
import type { SearchEngine, SearchQuery } from './search-engine.ts'

// Search results and statement bodies are loaded data like any other: they come through the
// query cache, keyed by what the URL says, and are never copied into component state.

export function searchResultsQueryOptions(engine: SearchEngine, query: SearchQuery) {
  return queryOptions({
    queryKey: ['search', query],
    queryFn: async () => {
      // Fetches the posting shards this query's words live in (a no-op once they are here).
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
