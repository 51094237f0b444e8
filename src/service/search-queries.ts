import { infiniteQueryOptions, queryOptions, skipToken } from '@tanstack/react-query'
import type { Snippet } from '../search/highlight.ts'
import { RESULT_PAGE, type Highlight, type PassageRequest, type SearchQuery, type TrendRequest } from '../search/search-types.ts'
import type { Archive } from './archive.ts'
import type { PassageProgress } from './search-service-types.ts'

// Search results, snippets and highlighted terms are loaded data like any other: they come
// through the query cache, keyed by what the URL says, from the archive's one search service,
// and are never copied into component state.

export function searchResultsQueryOptions(archive: Archive, query: SearchQuery) {
  return queryOptions({
    queryKey: ['search', query],
    queryFn: async ({ signal }) => {
      // Passing the signal lets a search the page stopped waiting for be dropped unanswered.
      const { results, rows } = await archive.search.searchWithRows(query, RESULT_PAGE, signal)
      // Results arrive with their first rows, so that the rows on screen never wait for their
      // titles, and while they load the list keeps the previous results. The worker fetches
      // most of them on its way; the catalog fetches what it did not bring.
      archive.catalog.prime(rows)
      await archive.catalog.ensure(results.ids.slice(0, RESULT_PAGE))
      return results
    },
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    structuralSharing: false,
  })
}

/**
 * The passages result rows show for some statements. Keyed by the matched terms and phrases,
 * not the query: typing on within a word that matches the same terms reuses them.
 */
export function snippetsQueryOptions(archive: Archive, docs: readonly number[], highlight: Highlight) {
  return queryOptions({
    queryKey: ['snippets', highlight, docs],
    queryFn: async ({ signal }): Promise<{ highlight: Highlight; byDoc: Map<number, Snippet> }> => {
      const snippets = await archive.search.snippets(docs, highlight, signal)
      return { highlight, byDoc: new Map(docs.map((doc, i) => [doc, snippets[i] as Snippet])) }
    },
    staleTime: Infinity,
    gcTime: 60_000,
    // A failed passage says so soon; the rows stay usable either way.
    retry: 1,
  })
}

/** The terms and phrases a query stands for: what a statement page marks in its text. */
export function queryHighlightQueryOptions(archive: Archive, q: string) {
  return queryOptions({
    queryKey: ['query-highlight', q],
    queryFn: async ({ signal }): Promise<Highlight> => (q ? archive.search.highlightFor(q, signal) : { terms: [], phrases: [] }),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  })
}

/**
 * Where the timeline places each match of a search: from the search side's columns, so that a
 * timeline of thousands of matches needs none of their catalog rows.
 */
export function timelineColumnsQueryOptions(archive: Archive, query: SearchQuery) {
  return queryOptions({
    queryKey: ['timeline-columns', query],
    queryFn: ({ signal }) => archive.search.timelineColumns(query, signal),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    structuralSharing: false,
  })
}

/** A trend: per period, the statements using each series, against all the filters leave. */
export function trendQueryOptions(archive: Archive, request: TrendRequest) {
  return queryOptions({
    queryKey: ['trend', request],
    queryFn: ({ signal }) => archive.search.trends(request, signal),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    structuralSharing: false,
  })
}

/**
 * Passages a page at a time, as the list scrolls: each page asks the worker for the next. The
 * first page is short, a screenful and some, so that it needs only the first few statements'
 * texts; the pages after it are longer, fetched while the reader is still on the first.
 */
export const FIRST_PASSAGE_PAGE = 20
export const PASSAGE_PAGE = 100

export function passagesQueryOptions(archive: Archive, query: SearchQuery, order: PassageRequest['order']) {
  return infiniteQueryOptions({
    queryKey: ['passages', query, order],
    queryFn: async ({ pageParam, signal, client }) => {
      const page = await archive.search.passages(
        { query, order, offset: pageParam, limit: pageParam === 0 ? FIRST_PASSAGE_PAGE : PASSAGE_PAGE },
        signal,
        (progress) => client.setQueryData(passageProgressQueryOptions(query, order).queryKey, progress),
      )
      // Each line names its statement: the rows come with the page.
      await archive.catalog.ensure(page.passages.map((p) => p.doc))
      return page
    },
    initialPageParam: 0,
    getNextPageParam: (last) => (last.passages.length > 0 && last.offset + last.passages.length < last.total ? last.offset + last.passages.length : undefined),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    structuralSharing: false,
  })
}

/**
 * How far the reading of every statement has got, for passages sorted by a neighbouring word:
 * written by the passages' own query as the worker reports, never fetched.
 */
export function passageProgressQueryOptions(query: SearchQuery, order: PassageRequest['order']) {
  return queryOptions<PassageProgress>({
    queryKey: ['passages-progress', query, order],
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: 60_000,
  })
}
