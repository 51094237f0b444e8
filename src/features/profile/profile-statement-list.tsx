import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { TYPE_LABELS } from '../../corpus/statement-types.ts'
import { PROFILE_PAGE } from '../../research/profiles.ts'
import { catalogRowsQueryOptions } from '../../service/archive.ts'
import { RecordedDate } from '../layout/recorded-date.tsx'
import { useArchive } from '../search/use-search-state.ts'
import { formatCount } from '../../lib/format-date.ts'

/**
 * Statements newest first, a page at a time. Only the rows of the pages shown are fetched: the
 * first came with the page (load-profile.ts), each "Show more" brings the next, and the list
 * stays as it is until they are here.
 */
export function ProfileStatementList({ docs }: { docs: readonly number[] }) {
  const archive = useArchive()
  const { catalog } = archive
  const [visible, setVisible] = useState(PROFILE_PAGE)
  const wanted = docs.slice(0, visible)
  const rows = useQuery({ ...catalogRowsQueryOptions(archive, wanted), placeholderData: keepPreviousData })
  // The statements whose rows are here, up to the first that is not.
  const missing = wanted.findIndex((doc) => !catalog.isLoaded(doc))
  const shown = missing < 0 ? wanted : wanted.slice(0, missing)
  // Read from the query, so that its arrival re-renders the list (the rows are in the catalog).
  const loading = rows.isFetching || shown.length < wanted.length
  return (
    <>
      <ol className="profile-statements" aria-busy={loading}>
        {shown.map((doc) => {
          const s = catalog.entry(doc)
          return (
            <li key={s.id} className="profile-statements__item">
              <span>
                <RecordedDate date={s.date} />
              </span>
              <Link to="/statements/$id" params={{ id: s.id }} className="profile-statements__title">
                {s.title}
              </Link>
              <span className="profile-statements__type">{TYPE_LABELS[s.type]}</span>
            </li>
          )
        })}
      </ol>
      {rows.isError ? (
        <div className="notice notice--error" role="alert">
          <p>The next statements could not be loaded.</p>
          <button type="button" className="button" onClick={() => void rows.refetch()}>
            Retry
          </button>
        </div>
      ) : loading ? (
        <p className="muted" role="status">
          Loading more statements…
        </p>
      ) : null}
      {visible < docs.length && !loading ? (
        <p className="show-more">
          <button type="button" className="button" onClick={() => setVisible(visible + PROFILE_PAGE)}>
            Show {Math.min(PROFILE_PAGE, docs.length - visible)} more of {formatCount(docs.length)}
          </button>
        </p>
      ) : null}
    </>
  )
}
