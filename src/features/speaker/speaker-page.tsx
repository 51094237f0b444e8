import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { speakerProfile } from '../../research/profiles.ts'
import { profileQuery } from '../../search/search-params.ts'
import { catalogRowsQueryOptions } from '../../service/archive.ts'
import { searchResultsQueryOptions } from '../../service/search-queries.ts'
import { useArchive } from '../search/use-search-state.ts'
import { plural } from '../../lib/format-date.ts'
import { formatSpan } from '../profile/format-span.ts'
import { ProfilePage } from '../profile/profile-page.tsx'

const route = getRouteApi('/speakers/$id')

export function SpeakerPage() {
  const { id } = route.useParams()
  const archive = useArchive()
  const { data: results } = useSuspenseQuery(searchResultsQueryOptions(archive, profileQuery('speaker', id)))
  useSuspenseQuery(catalogRowsQueryOptions(archive, results.ids))
  // Quotations travel with the list metadata, so the profile needs no statement bodies.
  const profile = useMemo(() => speakerProfile(results, archive.catalog, id), [results, archive, id])
  return (
    <ProfilePage kind="speaker" id={id} name={profile.name} profile={profile} related={profile.topics}>
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
