import type { QueryClient } from '@tanstack/react-query'
import { notFound, type ParsedLocation } from '@tanstack/react-router'
import { PROFILE_PAGE } from '../research/profiles.ts'
import type { ProfileFacet } from '../search/profile-files.ts'
import { profileQuery } from '../search/search-params.ts'
import { catalogRowsQueryOptions, profileFileQueryOptions } from '../service/archive.ts'
import { searchResultsQueryOptions, timelineColumnsQueryOptions } from '../service/search-queries.ts'
import { loadArchiveWithCleanSearch } from './load-archive-with-clean-search.ts'

/**
 * A speaker's, topic's or country's page: a value the archive holds, the search its profile is
 * built from, the value's profile file, the timeline, and the rows of the first statements it
 * lists. Not every statement's row: the list fetches the rest a page at a time.
 */
export async function loadProfile(queryClient: QueryClient, location: ParsedLocation, facet: ProfileFacet, id: string): Promise<void> {
  const archive = await loadArchiveWithCleanSearch(queryClient, location)
  if (!archive.catalog.has(facet, id)) throw notFound()
  const query = profileQuery(facet, id)
  const [results] = await Promise.all([
    queryClient.ensureQueryData(searchResultsQueryOptions(archive, query)),
    queryClient.ensureQueryData(profileFileQueryOptions(archive, facet, id)),
    queryClient.ensureQueryData(timelineColumnsQueryOptions(archive, query)),
  ])
  await queryClient.ensureQueryData(catalogRowsQueryOptions(archive, results.ids.slice(0, PROFILE_PAGE)))
}
