import { queryOptions } from '@tanstack/react-query'
import type { Snippet } from '../search/highlight.ts'
import type { SearchQuery } from '../search/search-types.ts'
import type { Archive } from './archive.ts'

// Search results, snippets and highlighted terms are loaded data like any other: they come
// through the query cache, keyed by what the URL says, from the archive's one search service,
// and are never copied into component state.

export function searchResultsQueryOptions(archive: Archive, query: SearchQuery) {
  return queryOptions({
    queryKey: ['search', query],
    // Passing the signal lets a search the page stopped waiting for be dropped unanswered.
    queryFn: ({ signal }) => archive.search.search(query, signal),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    structuralSharing: false,
  })
}

/**
 * The passages result rows show for some statements. Keyed by the matched terms, not the
 * query: typing on within a word that matches the same terms reuses them.
 */
export function snippetsQueryOptions(archive: Archive, docs: readonly number[], terms: readonly string[]) {
  return queryOptions({
    queryKey: ['snippets', terms, docs],
    queryFn: async ({ signal }): Promise<{ terms: readonly string[]; byDoc: Map<number, Snippet> }> => {
      const snippets = await archive.search.snippets(docs, terms, signal)
      return { terms, byDoc: new Map(docs.map((doc, i) => [doc, snippets[i] as Snippet])) }
    },
    staleTime: Infinity,
    gcTime: 60_000,
    // A failed passage says so soon; the rows stay usable either way.
    retry: 1,
  })
}

/** The vocabulary terms a query stands for: what a statement page marks in its text. */
export function queryTermsQueryOptions(archive: Archive, q: string) {
  return queryOptions({
    queryKey: ['query-terms', q],
    queryFn: async ({ signal }): Promise<ReadonlySet<string>> => new Set(q ? await archive.search.termsFor(q, signal) : []),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  })
}
