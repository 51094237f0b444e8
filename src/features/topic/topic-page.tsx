import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { useMemo } from 'react'
import { corpusQueryOptions } from '../../corpus/corpus-query.ts'
import { QUOTE_STATEMENTS, topicProfile } from '../../research/profiles.ts'
import { plural } from '../../lib/format-date.ts'
import { IgnoredParamsNotice } from '../layout/ignored-params-notice.tsx'
import { formatSpan } from '../profile/format-span.ts'
import { ProfileStatementList } from '../profile/profile-statement-list.tsx'
import { QuoteList } from '../profile/quote-list.tsx'
import { TimelineChart } from '../timeline/timeline-chart.tsx'
import '../profile/profile.css'

const route = getRouteApi('/topics/$id')

export function TopicPage() {
  const { id } = route.useParams()
  const navigate = useNavigate()
  const { data } = useSuspenseQuery(corpusQueryOptions())
  const { engine } = data
  // Quotations travel with the list metadata, so the profile needs no statement bodies.
  const profile = useMemo(() => topicProfile(engine, id), [engine, id])
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
        <p className="profile__kicker">Topic</p>
        <h1 className="profile__name">{profile.label}</h1>
        <p className="profile__lede">
          {plural(profile.total, 'statement')} in the archive
          {oldest && newest ? `, ${formatSpan(oldest, newest)}` : ''}.{' '}
          <Link to="/" search={{ topic: [id] }}>
            Search within them
          </Link>
        </p>
      </header>

      <TimelineChart
        heading="Statements over time"
        items={profile.statements}
        speakerName={speakerName}
        topicLabel={topicLabel}
        stackOptions={['none', 'speaker']}
        onSelectRange={(range) => void navigate({ to: '/', search: { topic: [id], from: range?.from, to: range?.to } })}
      />

      <section className="profile-section" aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">Speakers</h2>
        {profile.speakers.length ? (
          <ul className="profile-facets">
            {profile.speakers.map((s) => (
              <li key={s.id}>
                <Link to="/speakers/$id" params={{ id: s.id }} className="tag">
                  {s.label}{' '}
                  <span className="chip__count">
                    {s.count}
                    <span className="visually-hidden"> {s.count === 1 ? 'statement' : 'statements'}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No speaker is recorded with these statements.</p>
        )}
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
        <QuoteList quotes={profile.quotes} showSpeaker />
      </section>
    </div>
  )
}
