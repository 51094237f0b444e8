import type { QueryClient } from '@tanstack/react-query'
import { redirect, type ParsedLocation } from '@tanstack/react-router'
import { parseSearch, parseSearchParams, stringifySearch } from '../search/search-params.ts'
import { archiveQueryOptions, type Archive } from '../service/archive.ts'

/**
 * Loads the archive, then checks the URL against it. Anything unusable (a bad date, an unknown
 * speaker, a made-up sort) is dropped by redirecting to the clean URL; the list of what was
 * dropped travels in history state, so the page can say so and a reload says so again.
 */
export async function loadArchiveWithCleanSearch(queryClient: QueryClient, location: ParsedLocation): Promise<Archive> {
  const archive = await queryClient.ensureQueryData(archiveQueryOptions())
  const { params, ignored } = parseSearchParams(parseSearch(location.searchStr), archive.catalog)
  const canonical = stringifySearch(params as Record<string, unknown>)
  if (ignored.length || canonical !== location.searchStr) {
    throw redirect({
      href: `${location.pathname}${canonical}${location.hash ? `#${location.hash}` : ''}`,
      replace: true,
      state: (prev) => ({ ...prev, ignoredParams: ignored.length ? ignored : undefined }),
    })
  }
  return archive
}
