import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { countryProfile } from '../../research/profiles.ts'
import { ProfilePage } from '../profile/profile-page.tsx'
import { useProfileData } from '../profile/use-profile-data.ts'

const route = getRouteApi('/countries/$id')

/** What one state or organisation said: its speakers over the years, its statements. */
export function CountryPage() {
  const { id } = route.useParams()
  const { archive, results, file, timeline } = useProfileData('country', id)
  const profile = useMemo(() => countryProfile(results, archive.catalog, id, file), [results, archive, id, file])
  return (
    <ProfilePage
      kind="country"
      id={id}
      name={profile.name}
      profile={profile}
      timeline={timeline}
      related={profile.speakers}
      noRelated="No speaker is recorded with these statements."
    />
  )
}
