import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { speakerProfile } from '../../research/profiles.ts'
import { plural } from '../../lib/format-date.ts'
import { formatSpan } from '../profile/format-span.ts'
import { ProfilePage } from '../profile/profile-page.tsx'
import { useProfileData } from '../profile/use-profile-data.ts'

const route = getRouteApi('/speakers/$id')

export function SpeakerPage() {
  const { id } = route.useParams()
  const { archive, results, file, timeline } = useProfileData('speaker', id)
  const profile = useMemo(() => speakerProfile(results, archive.catalog, id, file), [results, archive, id, file])
  return (
    <ProfilePage kind="speaker" id={id} name={profile.name} profile={profile} timeline={timeline} related={profile.topics}>
      <section className="profile-section" aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        {profile.roles.length ? (
          <ol className="profile__roles">
            {profile.roles.map((r) => (
              <li key={r.role}>
                <span className="profile__role">{r.role}</span>
                <span className="profile__when">
                  {formatSpan(r.from, r.to)} · {plural(r.statements, 'statement')}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No role is recorded with these statements.</p>
        )}
      </section>
    </ProfilePage>
  )
}
