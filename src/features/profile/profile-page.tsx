import { Link, useNavigate } from '@tanstack/react-router'
import { useMemo, type ReactNode } from 'react'
import type { Profile } from '../../research/profiles.ts'
import { QUOTE_STATEMENTS, type ProfileFacet } from '../../search/profile-files.ts'
import type { FacetCount, TimelineColumns } from '../../search/search-types.ts'
import { useArchive } from '../search/use-search-state.ts'
import { facetByKey } from '../../search/facets.ts'
import { plural } from '../../lib/format-date.ts'
import { IgnoredParamsNotice } from '../layout/ignored-params-notice.tsx'
import { TimelineChart } from '../timeline/timeline-chart.tsx'
import { formatSpan } from './format-span.ts'
import { ProfileStatementList } from './profile-statement-list.tsx'
import { QuoteList } from './quote-list.tsx'
import './profile.css'

// One layout for speaker, topic and country pages: who or what, over which years, the
// timeline, the other kind (a speaker's topics, a topic's or a country's speakers), the
// statements and the quotations.

/** The facets that have a page of their own (profile-files.ts). */
export type ProfileKind = ProfileFacet

interface Props {
  kind: ProfileKind
  id: string
  name: string
  profile: Profile
  /** Where the timeline places its statements: from the search worker's columns. */
  timeline: TimelineColumns
  /** The other kind: a speaker's topics, or a topic's or a country's speakers. */
  related: FacetCount[]
  /** Said when `related` is empty; without it an empty list is shown. */
  noRelated?: string
  /** Sections between the header and the timeline (a speaker's roles). */
  children?: ReactNode
}

export function ProfilePage({ kind, id, name, profile, timeline, related, noRelated, children }: Props) {
  const navigate = useNavigate()
  const { catalog } = useArchive()
  const topicLabel = useMemo(() => (t: string) => catalog.label('topic', t), [catalog])
  const speakerName = useMemo(() => (s: string) => catalog.label('speaker', s), [catalog])
  const filter = { [kind]: [id] }
  const { newest, oldest } = profile
  const relatedHeading = kind === 'speaker' ? 'Topics' : 'Speakers'

  return (
    <div className="page profile-page">
      <IgnoredParamsNotice />
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/">← All statements</Link>
      </nav>
      <header>
        <p className="profile__kicker">{facetByKey(kind).label}</p>
        <h1 className="profile__name">{name}</h1>
        <p className="profile__lede">
          {plural(profile.total, 'statement')} in the archive
          {oldest && newest ? `, ${formatSpan(oldest, newest)}` : ''}.{' '}
          <Link to="/" search={filter}>
            Search within them
          </Link>
        </p>
      </header>

      {children}

      <TimelineChart
        heading="Statements over time"
        columns={timeline}
        speakerName={speakerName}
        topicLabel={topicLabel}
        stackOptions={kind === 'speaker' ? ['none', 'topic'] : kind === 'topic' ? ['none', 'speaker'] : ['none', 'speaker', 'topic']}
        onSelectRange={(range) => void navigate({ to: '/', search: { ...filter, from: range?.from, to: range?.to } })}
      />

      <section className="profile-section" aria-labelledby={`${relatedHeading.toLowerCase()}-heading`}>
        <h2 id={`${relatedHeading.toLowerCase()}-heading`}>{relatedHeading}</h2>
        {related.length || !noRelated ? (
          <ul className="profile-facets">
            {related.map((r) => (
              <li key={r.id}>
                <RelatedLink kind={kind === 'speaker' ? 'topic' : 'speaker'} id={r.id}>
                  {r.label}{' '}
                  <span className="chip__count">
                    {r.count}
                    <span className="visually-hidden"> {r.count === 1 ? 'statement' : 'statements'}</span>
                  </span>
                </RelatedLink>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{noRelated}</p>
        )}
      </section>

      <section className="profile-section" aria-labelledby="statements-heading">
        <h2 id="statements-heading">Statements</h2>
        <ProfileStatementList docs={profile.docs} />
      </section>

      <section className="profile-section quotes" aria-labelledby="quotations-heading">
        <h2 id="quotations-heading">Quotations</h2>
        {profile.total > QUOTE_STATEMENTS ? (
          <p className="muted">From the {QUOTE_STATEMENTS} most recent statements.</p>
        ) : null}
        {/* On a speaker's page every quotation is theirs; on a topic's, each names its speaker. */}
        <QuoteList quotes={profile.quotes} showSpeaker={kind !== 'speaker'} />
      </section>
    </div>
  )
}

function RelatedLink({ kind, id, children }: { kind: 'speaker' | 'topic'; id: string; children: ReactNode }) {
  return kind === 'topic' ? (
    <Link to="/topics/$id" params={{ id }} className="tag">
      {children}
    </Link>
  ) : (
    <Link to="/speakers/$id" params={{ id }} className="tag">
      {children}
    </Link>
  )
}
