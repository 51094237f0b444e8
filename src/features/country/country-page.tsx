import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { countryProfile } from '../../research/profiles.ts'
import { profileQuery } from '../../search/search-params.ts'
import { catalogRowsQueryOptions } from '../../service/archive.ts'
import { searchResultsQueryOptions } from '../../service/search-queries.ts'
import { ProfilePage } from '../profile/profile-page.tsx'
import { useArchive } from '../search/use-search-state.ts'

const route = getRouteApi('/countries/$id')

/** What one state or organisation said: its speakers over the years, its statements. */
export function CountryPage() {
  const { id } = route.useParams()
  const archive = useArchive()
  const { data: results } = useSuspenseQuery(searchResultsQueryOptions(archive, profileQuery('country', id)))
  useSuspenseQuery(catalogRowsQueryOptions(archive, results.ids))
  const profile = useMemo(() => countryProfile(results, archive.catalog, id), [results, archive, id])
  return (
    <ProfilePage
      kind="country"
      id={id}
      name={profile.name}
      profile={profile}
      related={profile.speakers}
      noRelated="No speaker is recorded with these statements."
    />
  )
}
