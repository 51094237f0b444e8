import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { useMemo } from 'react'
import { corpusQueryOptions } from '../../corpus/corpus-query.ts'
import { QUOTE_STATEMENTS, speakerProfile } from '../../research/profiles.ts'
import { plural } from '../../lib/format-date.ts'
import { IgnoredParamsNotice } from '../layout/ignored-params-notice.tsx'
import { formatSpan } from '../profile/format-span.ts'
import { ProfileStatementList } from '../profile/profile-statement-list.tsx'
import { QuoteList } from '../profile/quote-list.tsx'
import { TimelineChart } from '../timeline/timeline-chart.tsx'
import '../profile/profile.css'

const route = getRouteApi('/speakers/$id')

export function SpeakerPage() {
  const { id } = route.useParams()
  const navigate = useNavigate()
  const { data } = useSuspenseQuery(corpusQueryOptions())
  const { engine } = data
  // Quotations travel with the list metadata, so the profile needs no statement bodies.
  const profile = useMemo(() => speakerProfile(engine, id), [engine, id])
  const topicLabel = useMemo(() => (t: string) => engine.topicLabel(t) ?? t, [engine])
  const speakerName = useMemo(() => (s: string) => engine.speakerName(s) ?? s, [engine])
  const newest = profile.statements[0]?.date
  const oldest = profile.statements.at(-1)?.date

  return (
    <div className="page profile-page">
      <IgnoredParamsNotice />
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/">← All statements</Link>
      </nav>
      <header>
        <p className="profile__kicker">Speaker</p>
        <h1 className="profile__name">{profile.name}</h1>
        <p className="profile__lede">
          {plural(profile.total, 'statement')} in the archive
          {oldest && newest ? `, ${formatSpan(oldest, newest)}` : ''}.{' '}
          <Link to="/" search={{ speaker: [id] }}>
            Search within them
          </Link>
        </p>
      </header>

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

      <TimelineChart
        heading="Statements over time"
        items={profile.statements}
        speakerName={speakerName}
        topicLabel={topicLabel}
        stackOptions={['none', 'topic']}
        onSelectRange={(range) => void navigate({ to: '/', search: { speaker: [id], from: range?.from, to: range?.to } })}
      />

      <section className="profile-section" aria-labelledby="topics-heading">
        <h2 id="topics-heading">Topics</h2>
        <ul className="profile-facets">
          {profile.topics.map((t) => (
            <li key={t.id}>
              <Link to="/topics/$id" params={{ id: t.id }} className="tag">
                {t.label}{' '}
                <span className="chip__count">
                  {t.count}
                  <span className="visually-hidden"> {t.count === 1 ? 'statement' : 'statements'}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="profile-section" aria-labelledby="statements-heading">
        <h2 id="statements-heading">Statements</h2>
        <ProfileStatementList statements={profile.statements} />
      </section>

      <section className="profile-section quotes" aria-labelledby="quotations-heading">
        <h2 id="quotations-heading">Quotations</h2>
        {profile.total > QUOTE_STATEMENTS ? (
          <p className="muted">From the {QUOTE_STATEMENTS} most recent statements.</p>
        ) : null}
        <QuoteList quotes={profile.quotes} showSpeaker={false} />
      </section>
    </div>
  )
}
