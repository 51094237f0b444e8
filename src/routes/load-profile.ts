import type { QueryClient } from '@tanstack/react-query'
import { notFound, type ParsedLocation } from '@tanstack/react-router'
import { profileQuery } from '../search/search-params.ts'
import type { FacetKey } from '../search/facets.ts'
import { catalogRowsQueryOptions } from '../service/archive.ts'
import { searchResultsQueryOptions } from '../service/search-queries.ts'
import { loadArchiveWithCleanSearch } from './load-archive-with-clean-search.ts'

/** A speaker's or topic's page: a value the archive holds, and the search its profile is built from. */
export async function loadProfile(queryClient: QueryClient, location: ParsedLocation, facet: FacetKey, id: string): Promise<void> {
  const archive = await loadArchiveWithCleanSearch(queryClient, location)
  if (!archive.catalog.has(facet, id)) throw notFound()
  const results = await queryClient.ensureQueryData(searchResultsQueryOptions(archive, profileQuery(facet, id)))
  // A profile lists every statement, with its quotations: all their rows, fetched before it shows.
  await queryClient.ensureQueryData(catalogRowsQueryOptions(archive, results.ids))
}
