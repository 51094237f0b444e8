import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { TYPE_LABELS } from '../../corpus/statement-types.ts'
import type { SearchEngine, SearchResults } from '../../search/search-engine.ts'
import type { SearchParams } from '../../search/search-params.ts'
import { formatDate } from '../../lib/format-date.ts'
import { HighlightedText } from '../../lib/highlighted-text.tsx'
import { SpeakerLink } from '../speaker/speaker-link.tsx'

const PAGE = 50

interface Props {
  engine: SearchEngine
  results: SearchResults
  search: SearchParams
  isUpdating: boolean
}

export function ResultList({ engine, results, search, isUpdating }: Props) {
  const [visible, setVisible] = useState(PAGE)
  if (results.total === 0) return <NoResults results={results} search={search} />
  const count = Math.min(visible, results.total)
  return (
    <>
      {results.partial ? (
        <p className="notice notice--info">No statement contains every word you typed; these contain some of them.</p>
      ) : null}
      <ol className={`result-list${isUpdating ? ' result-list--updating' : ''}`}>
        {Array.from({ length: count }, (_, i) => {
          const hit = engine.hitAt(results, i)
          if (!hit) return null
          const { statement: s, snippet } = hit
          return (
            <li key={s.id} className="result">
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
                <p className="result__snippet">
                  {snippet.clippedStart ? '… ' : ''}
                  <HighlightedText text={snippet.text} ranges={snippet.ranges} />
                  {snippet.clippedEnd ? ' …' : ''}
                </p>
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
      {count < results.total ? (
        <p className="show-more">
          <button type="button" className="button" onClick={() => setVisible(visible + PAGE)}>
            Show {Math.min(PAGE, results.total - count)} more of {results.total.toLocaleString('en-GB')}
          </button>
        </p>
      ) : null}
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
