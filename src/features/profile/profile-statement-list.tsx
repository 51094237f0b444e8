import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import type { CatalogEntry } from '../../search/index-format.ts'
import { TYPE_LABELS } from '../../corpus/statement-types.ts'
import { RecordedDate } from '../layout/recorded-date.tsx'

const PAGE = 25

/** Statements newest first, a page at a time. */
export function ProfileStatementList({ statements }: { statements: readonly CatalogEntry[] }) {
  const [visible, setVisible] = useState(PAGE)
  const shown = statements.slice(0, visible)
  return (
    <>
      <ol className="profile-statements">
        {shown.map((s) => (
          <li key={s.id} className="profile-statements__item">
            <span>
              <RecordedDate date={s.date} />
            </span>
            <Link to="/statements/$id" params={{ id: s.id }} className="profile-statements__title">
              {s.title}
            </Link>
            <span className="profile-statements__type">{TYPE_LABELS[s.type]}</span>
          </li>
        ))}
      </ol>
      {visible < statements.length ? (
        <p className="show-more">
          <button type="button" className="button" onClick={() => setVisible(visible + PAGE)}>
            Show {Math.min(PAGE, statements.length - visible)} more of {statements.length.toLocaleString('en-GB')}
          </button>
        </p>
      ) : null}
    </>
  )
}
