import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link, useLocation } from '@tanstack/react-router'
import { useEffect, useMemo } from 'react'
import type { Statement } from '../../corpus/schema.ts'
import type { Catalog } from '../../search/catalog.ts'
import { highlightRanges } from '../../search/highlight.ts'
import { hasFilters } from '../../search/search-params.ts'
import { statementBodyQueryOptions, withBody } from '../../service/archive.ts'
import { queryHighlightQueryOptions } from '../../service/search-queries.ts'
import { useArchive } from '../search/use-search-state.ts'
import { formatDate } from '../../lib/format-date.ts'
import { HighlightedText } from '../../lib/highlighted-text.tsx'
import { safeHttpUrl } from '../../lib/safe-url.ts'
import { CitePanel } from '../citation/cite-panel.tsx'
import { CopyParagraphCitation } from '../citation/copy-paragraph-citation.tsx'
import { TopicTags } from '../topic/topic-tags.tsx'
import { RecordedDate } from '../layout/recorded-date.tsx'

const route = getRouteApi('/statements/$id')

export function StatementPage() {
  const { id } = route.useParams()
  const search = route.useSearch()
  const archive = useArchive()
  const { catalog } = archive
  // The route has already checked that the id exists.
  const doc = catalog.docOf(id) as number
  const { data: body } = useSuspenseQuery(statementBodyQueryOptions(archive, doc))
  const { data: highlight } = useSuspenseQuery(queryHighlightQueryOptions(archive, search.q ?? ''))
  const terms = useMemo(() => new Set(highlight.terms), [highlight])
  const statement = useMemo(() => withBody(catalog.entry(doc), body), [catalog, doc, body])
  const fromSearch = Boolean(search.q) || hasFilters(search)
  // A passage links to "#p3:~:text=…": the paragraph's anchor, then a text fragment. Neither the
  // router (which looks for an element with the whole fragment as id) nor the browser (which
  // looks for the text before it is rendered) finds it, so the paragraph is scrolled to here.
  const hash = useLocation({ select: (location) => location.hash })
  useEffect(() => {
    const paragraph = /^p(\d+)/.exec(hash)?.[1]
    if (paragraph) document.getElementById(`p${paragraph}`)?.scrollIntoView?.({ block: 'start' })
  }, [hash])

  return (
    <div className="page statement-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/" search={search}>
          ← {fromSearch ? 'Back to results' : 'All statements'}
        </Link>
        {search.q ? (
          <span className="breadcrumb__note">
            Words matching “{search.q}” are highlighted
          </span>
        ) : null}
      </nav>
      <article className="statement" aria-labelledby="statement-title">
        <header className="statement__header">
          <p className="statement__kicker">
            <span>{catalog.label('type', statement.type)}</span>
            <span>
              <RecordedDate date={statement.date} />
            </span>
            {statement.place ? <span>{statement.place}</span> : null}
          </p>
          <h1 id="statement-title" className="statement__title">
            <HighlightedText text={statement.title} ranges={highlightRanges(statement.title, terms, highlight.phrases)} />
          </h1>
          <StatementDetails statement={statement} catalog={catalog} />
          <CitePanel statement={statement} />
        </header>

        {statement.quotes?.length ? (
          <section className="quotes" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">Quotations</h2>
            {statement.quotes.map((quote, i) => (
              <figure key={i} className="quote">
                <blockquote>
                  <p>
                    <HighlightedText text={quote.text} ranges={highlightRanges(quote.text, terms, highlight.phrases)} />
                  </p>
                </blockquote>
                <figcaption>
                  —{' '}
                  <Link to="/speakers/$id" params={{ id: quote.speaker }}>
                    {statement.speakers.find((s) => s.id === quote.speaker)?.name ?? quote.speaker}
                    <span className="visually-hidden"> (speaker page)</span>
                  </Link>
                  ,{' '}
                  <a href={`#p${quote.paragraph + 1}`}>paragraph {quote.paragraph + 1}</a>
                </figcaption>
              </figure>
            ))}
          </section>
        ) : null}

        <section className="statement__text" aria-labelledby="text-heading">
          <h2 id="text-heading">Full text</h2>
          {statement.paragraphs.map((text, i) => (
            <p key={i} id={`p${i + 1}`} className="paragraph">
              <a className="paragraph__anchor" href={`#p${i + 1}`} aria-label={`Link to paragraph ${i + 1}`}>
                {i + 1}
              </a>
              <HighlightedText text={text} ranges={highlightRanges(text, terms, highlight.phrases)} />
              <CopyParagraphCitation statement={statement} paragraph={i + 1} />
            </p>
          ))}
        </section>
      </article>
    </div>
  )
}

function StatementDetails({ statement, catalog }: { statement: Statement; catalog: Catalog }) {
  const sourceUrl = safeHttpUrl(statement.source?.url)
  return (
    <dl className="statement__details">
      {statement.speakers.length ? (
        <>
          <dt>{statement.speakers.length === 1 ? 'Speaker' : 'Speakers'}</dt>
          <dd>
            <ul className="plain-list">
              {statement.speakers.map((sp) => (
                <li key={sp.id}>
                  <Link to="/speakers/$id" params={{ id: sp.id }}>
                    {sp.name}
                  </Link>
                  {sp.role ? <span className="role">, {sp.role}</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {statement.country ? (
        <>
          <dt>Country</dt>
          <dd>
            <Link to="/countries/$id" params={{ id: statement.country }}>
              {catalog.label('country', statement.country)}
            </Link>
          </dd>
        </>
      ) : null}
      {statement.issuer ? (
        <>
          <dt>Issued by</dt>
          <dd>{statement.issuer}</dd>
        </>
      ) : null}
      <dt>Date</dt>
      <dd>
        <RecordedDate date={statement.date} />
      </dd>
      {statement.place ? (
        <>
          <dt>Place</dt>
          <dd>{statement.place}</dd>
        </>
      ) : null}
      <dt>Type</dt>
      <dd>{catalog.label('type', statement.type)}</dd>
      {statement.topics.length ? (
        <>
          <dt>Topics</dt>
          <dd>
            <TopicTags topics={statement.topics} catalog={catalog} className="tag-list" />
          </dd>
        </>
      ) : null}
      <dt>Source</dt>
      <dd>
        {sourceUrl ? (
          <a href={sourceUrl} rel="noopener noreferrer external" target="_blank">
            {statement.source?.publisher ?? new URL(sourceUrl).hostname}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <>
            {statement.source?.publisher ?? statement.issuer ?? 'Unknown'}
            {statement.source?.url ? (
              <span className="muted"> (the recorded link is not a web address and is not shown as a link)</span>
            ) : (
              <span className="muted"> (no link recorded)</span>
            )}
          </>
        )}
        {statement.source?.retrieved ? <span className="muted">, retrieved {formatDate(statement.source.retrieved)}</span> : null}
      </dd>
      {statement.synthetic ? (
        <>
          <dt>Note</dt>
          <dd>
            <strong>Synthetic test data.</strong> This statement was generated and quotes no real person.
          </dd>
        </>
      ) : null}
    </dl>
  )
}
