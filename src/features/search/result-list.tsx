import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useState } from 'react'
import { TYPE_LABELS } from '../../corpus/statement-types.ts'
import type { SearchEngine, SearchResults } from '../../search/search-engine.ts'
import type { SearchParams } from '../../search/search-params.ts'
import { statementBodiesQueryOptions } from '../../search/search-queries.ts'
import { formatDate } from '../../lib/format-date.ts'
import { HighlightedText } from '../../lib/highlighted-text.tsx'
import { SpeakerLink } from '../speaker/speaker-link.tsx'

interface Props {
  engine: SearchEngine
  results: SearchResults
  search: SearchParams
  isUpdating: boolean
}

// A row's height before it is measured: title, meta line, three lines of snippet, topics.
const ESTIMATED_ROW = 190

export function ResultList({ engine, results, search, isUpdating }: Props) {
  if (results.total === 0) return <NoResults results={results} search={search} />
  return <VirtualResults engine={engine} results={results} search={search} isUpdating={isUpdating} />
}

/**
 * Only the rows near the viewport exist in the DOM, so a search with 14,000 matches renders as
 * fast as one with ten; the snippets' paragraphs are fetched for those rows only.
 */
function VirtualResults({ engine, results, search, isUpdating }: Props) {
  // The list's distance from the top of the page, measured when it mounts and on resize.
  const [offset, setOffset] = useState(0)
  const virtualizer = useWindowVirtualizer({
    count: results.total,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 4,
    scrollMargin: offset,
    // A row not laid out yet (hidden, or in a test DOM) keeps its estimate instead of collapsing.
    measureElement: (el) => el.getBoundingClientRect().height || ESTIMATED_ROW,
  })
  const rows = virtualizer.getVirtualItems()
  const docs = rows.map((row) => results.ids[row.index]).filter((doc): doc is number => doc !== undefined)
  // Reading the status subscribes to it, so the rows re-render when the bodies are in; until
  // then a row shows its metadata without a snippet.
  const bodiesStatus = useQuery(statementBodiesQueryOptions(engine, docs)).status

  return (
    <>
      {results.partial ? (
        <p className="notice notice--info">No statement contains every word you typed; these contain some of them.</p>
      ) : null}
      <ol
        ref={(el) => {
          if (el && Math.abs(el.offsetTop - offset) > 1) setOffset(el.offsetTop)
        }}
        className={`result-list${isUpdating ? ' result-list--updating' : ''}`}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {rows.map((row) => {
          const hit = engine.hitAt(results, row.index)
          if (!hit) return null
          const { statement: s, snippet } = hit
          return (
            <li
              key={s.id}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={results.total}
              aria-posinset={row.index + 1}
              className="result"
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start - offset}px)` }}
            >
              <article aria-labelledby={`r-${s.id}`}>
                <h3 className="result__title" id={`r-${s.id}`}>
                  <Link to="/statements/$id" params={{ id: s.id }} search={search}>
                    <HighlightedText text={s.title} ranges={hit.titleRanges} />
                  </Link>
                </h3>
                <p className="result__meta">
                  <time dateTime={s.date}>{formatDate(s.date)}</time>
                  <span className="result__type">{TYPE_LABELS[s.type]}</span>
                  {s.speakers.length ? (
                    <span className="result__speakers">
                      {s.speakers.map((sp, n) => (
                        <span key={sp.id}>
                          {n > 0 ? ', ' : ''}
                          <SpeakerLink id={sp.id}>{sp.name}</SpeakerLink>
                          {sp.role ? <span className="result__role"> ({sp.role})</span> : null}
                        </span>
                      ))}
                    </span>
                  ) : s.issuer ? (
                    <span className="result__speakers">{s.issuer}</span>
                  ) : null}
                </p>
                {snippet.text ? (
                  <p className="result__snippet">
                    {snippet.clippedStart ? '… ' : ''}
                    <HighlightedText text={snippet.text} ranges={snippet.ranges} />
                    {snippet.clippedEnd ? ' …' : ''}
                  </p>
                ) : bodiesStatus === 'error' ? (
                  <p className="result__snippet muted">The passage could not be loaded.</p>
                ) : (
                  <p className="result__snippet result__snippet--pending" aria-hidden="true" />
                )}
                {s.topics.length ? (
                  <ul className="result__topics" aria-label="Topics">
                    {s.topics.map((t) => (
                      <li key={t}>
                        <Link to="/" search={{ topic: [t] }} className="tag">
                          {engine.topicLabel(t) ?? t}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </article>
            </li>
          )
        })}
      </ol>
    </>
  )
}

function NoResults({ results, search }: { results: SearchResults; search: SearchParams }) {
  return (
    <div className="no-results">
      <p className="no-results__title">No statements match.</p>
      <ul>
        {results.unmatchedWords.length ? (
          <li>
            No statement contains {results.unmatchedWords.map((w) => `“${w}”`).join(', ')}, even allowing for typos.
          </li>
        ) : null}
        {search.speaker || search.topic || search.type || search.from || search.to ? (
          <li>Remove a filter to widen the search.</li>
        ) : null}
        <li>Try fewer or different words.</li>
      </ul>
    </div>
  )
}
