import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { topicProfile } from '../../research/profiles.ts'
import { ProfilePage } from '../profile/profile-page.tsx'
import { useProfileData } from '../profile/use-profile-data.ts'

const route = getRouteApi('/topics/$id')

export function TopicPage() {
  const { id } = route.useParams()
  const { archive, results, file, timeline } = useProfileData('topic', id)
  const profile = useMemo(() => topicProfile(results, archive.catalog, id, file), [results, archive, id, file])
  return (
    <ProfilePage
      kind="topic"
      id={id}
      name={profile.label}
      profile={profile}
      timeline={timeline}
      related={profile.speakers}
      noRelated="No speaker is recorded with these statements."
    />
  )
}
