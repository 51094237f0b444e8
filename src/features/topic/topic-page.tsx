import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { corpusQueryOptions } from '../../corpus/corpus-query.ts'
import { topicProfile } from '../../research/profiles.ts'
import { ProfilePage } from '../profile/profile-page.tsx'

const route = getRouteApi('/topics/$id')

export function TopicPage() {
  const { id } = route.useParams()
  const { engine } = useSuspenseQuery(corpusQueryOptions()).data
  const profile = useMemo(() => topicProfile(engine, id), [engine, id])
  return (
    <ProfilePage
      kind="topic"
      id={id}
      name={profile.label}
      profile={profile}
      engine={engine}
      related={profile.speakers}
      noRelated="No speaker is recorded with these statements."
    />
  )
}
