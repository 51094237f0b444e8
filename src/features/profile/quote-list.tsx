import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import type { ProfileQuote } from '../../search/profile-files.ts'
import { formatDate, formatCount } from '../../lib/format-date.ts'
import { SpeakerLink } from '../speaker/speaker-link.tsx'

const PAGE = 10

export function QuoteList({ quotes, showSpeaker }: { quotes: readonly ProfileQuote[]; showSpeaker: boolean }) {
  const [visible, setVisible] = useState(PAGE)
  if (quotes.length === 0) return <p className="muted">No direct quotations are recorded.</p>
  return (
    <>
      {quotes.slice(0, visible).map(({ quote, statement, speakerName }) => (
        <figure key={`${statement.id}-${quote.paragraph}-${quote.text.slice(0, 20)}`} className="quote">
          <blockquote>
            <p>{quote.text}</p>
          </blockquote>
          <figcaption>
            — {showSpeaker ? <SpeakerLink id={quote.speaker}>{speakerName}</SpeakerLink> : null}
            {showSpeaker ? ', ' : null}
            <Link to="/statements/$id" params={{ id: statement.id }} hash={`p${quote.paragraph + 1}`}>
              {statement.title}
            </Link>
            , {formatDate(statement.date)}, paragraph {quote.paragraph + 1}
          </figcaption>
        </figure>
      ))}
      {visible < quotes.length ? (
        <p className="show-more">
          <button type="button" className="button" onClick={() => setVisible(visible + PAGE)}>
            Show {Math.min(PAGE, quotes.length - visible)} more quotations of {formatCount(quotes.length)}
          </button>
        </p>
      ) : null}
    </>
  )
}
