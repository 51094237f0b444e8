import type { QueryClient } from '@tanstack/react-query'
import { redirect, type ParsedLocation } from '@tanstack/react-router'
import { corpusQueryOptions, type LoadedCorpus } from '../corpus/corpus-query.ts'
import { parseSearch, parseSearchParams, stringifySearch } from '../search/search-params.ts'

/**
 * Loads the corpus, then checks the URL against it. Anything unusable (a bad date, an unknown
 * speaker, a made-up sort) is dropped by redirecting to the clean URL; the list of what was
 * dropped travels in history state, so the page can say so and a reload says so again.
 */
export async function loadCorpusWithCleanSearch(
  queryClient: QueryClient,
  location: ParsedLocation,
): Promise<LoadedCorpus> {
  const corpus = await queryClient.ensureQueryData(corpusQueryOptions())
  const { params, ignored } = parseSearchParams(parseSearch(location.searchStr), corpus.engine)
  const canonical = stringifySearch(params as Record<string, unknown>)
  if (ignored.length || canonical !== location.searchStr) {
    throw redirect({
      href: `${location.pathname}${canonical}${location.hash ? `#${location.hash}` : ''}`,
      replace: true,
      state: (prev) => ({ ...prev, ignoredParams: ignored.length ? ignored : undefined }),
    })
  }
  return corpus
}
