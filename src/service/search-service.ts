import type { SearchQuery, SearchResults } from '../search/search-types.ts'
import type { SearchService } from './search-service-types.ts'
import type { SearchAnswers, SearchSide } from './search-side.ts'
import { createWorkerSearch, WorkerUnavailable } from './worker-search-service.ts'

// The page's one way to search. Searches, snippets, the terms a statement page highlights,
// profiles and saved-search counts all go through it. Which thread answers is decided here,
// once: the search worker where one runs, otherwise a ranker on the page, loaded (with Fuse.js)
// only then. Where a worker runs, the page never downloads the ranker.

/** A search service on this thread, over a search side loaded on first use. */
export function inPageSearch(loadSide: () => Promise<SearchSide>): SearchService {
  let answers: Promise<SearchAnswers> | undefined
  const ready = () => {
    answers ??= Promise.all([loadSide(), import('./search-side.ts')]).then(([side, { SearchAnswers }]) => new SearchAnswers(side))
    // A failed load is tried again next time, not remembered.
    answers.catch(() => (answers = undefined))
    return answers
  }
  const search = async (query: SearchQuery) => (await (await ready()).search(query)) as SearchResults
  return {
    search,
    // The page's catalog fetches the rows itself: on this thread there is no round trip to save.
    searchWithRows: async (query) => ({ results: await search(query), rows: [] }),
    snippets: async (docs, highlight) => (await ready()).snippets(docs, highlight),
    highlightFor: async (q) => (await ready()).highlightFor(q),
    trends: async (request) => (await ready()).trends(request),
    passages: async (request, _signal, onProgress) => (await ready()).passages(request, onProgress),
    timelineColumns: async (query) => (await ready()).timelineColumns(query),
  }
}

/**
 * The search worker if this browser can run it, else the page. A worker that stops (its script
 * failed to load, say) hands over to the page for good, so a query never asks twice.
 */
export function createSearchService(base: string): SearchService {
  const onPage = inPageSearch(async () => (await import('./search-side.ts')).fetchSearchSide(base))
  let worker: SearchService | undefined = createWorkerSearch(base)
  const via = async <T>(ask: (s: SearchService) => Promise<T>): Promise<T> => {
    if (worker) {
      try {
        return await ask(worker)
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error
        worker = undefined
      }
    }
    return ask(onPage)
  }
  return {
    search: (query, signal) => via((s) => s.search(query, signal)),
    searchWithRows: (query, first, signal) => via((s) => s.searchWithRows(query, first, signal)),
    snippets: (docs, highlight, signal) => via((s) => s.snippets(docs, highlight, signal)),
    highlightFor: (q, signal) => via((s) => s.highlightFor(q, signal)),
    trends: (request, signal) => via((s) => s.trends(request, signal)),
    passages: (request, signal, onProgress) => via((s) => s.passages(request, signal, onProgress)),
    timelineColumns: (query, signal) => via((s) => s.timelineColumns(query, signal)),
  }
}
