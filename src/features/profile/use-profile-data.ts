import { useSuspenseQuery } from '@tanstack/react-query'
import type { ProfileFacet } from '../../search/profile-files.ts'
import { profileQuery } from '../../search/search-params.ts'
import { profileFileQueryOptions } from '../../service/archive.ts'
import { searchResultsQueryOptions, timelineColumnsQueryOptions } from '../../service/search-queries.ts'
import { useArchive } from '../search/use-search-state.ts'

/** What a profile page is built from, as its loader (load-profile.ts) loaded it: the search, the profile file, the timeline. */
export function useProfileData(facet: ProfileFacet, id: string) {
  const archive = useArchive()
  const query = profileQuery(facet, id)
  const { data: results } = useSuspenseQuery(searchResultsQueryOptions(archive, query))
  const { data: file } = useSuspenseQuery(profileFileQueryOptions(archive, facet, id))
  const { data: timeline } = useSuspenseQuery(timelineColumnsQueryOptions(archive, query))
  return { archive, results, file, timeline }
}
