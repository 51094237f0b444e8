import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { topicProfile } from '../../research/profiles.ts'
import { profileQuery } from '../../search/search-params.ts'
import { catalogRowsQueryOptions } from '../../service/archive.ts'
import { searchResultsQueryOptions } from '../../service/search-queries.ts'
import { useArchive } from '../search/use-search-state.ts'
import { ProfilePage } from '../profile/profile-page.tsx'

const route = getRouteApi('/topics/$id')

export function TopicPage() {
  const { id } = route.useParams()
  const archive = useArchive()
  const { data: results } = useSuspenseQuery(searchResultsQueryOptions(archive, profileQuery('topic', id)))
  useSuspenseQuery(catalogRowsQueryOptions(archive, results.ids))
  const profile = useMemo(() => topicProfile(results, archive.catalog, id), [results, archive, id])
  return (
    <ProfilePage
      kind="topic"
      id={id}
      name={profile.label}
      profile={profile}
      related={profile.speakers}
      noRelated="No speaker is recorded with these statements."
    />
  )
}
