import { useQueries } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useId, useMemo, useState } from 'react'
import {
  countNewSince,
  markSavedSearchOpened,
  removeSavedSearch,
  renameSavedSearch,
  type SavedSearch,
} from '../../research/saved-search-store.ts'
import { parseSearch, parseSearchParams, toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import { searchResultsQueryOptions } from '../../service/search-queries.ts'
import { plural } from '../../lib/format-date.ts'
import { useArchive } from '../search/use-search-state.ts'
import type { SavedSearches } from './use-saved-searches.ts'
import './saved-searches.css'

interface Row {
  saved: SavedSearch
  params: SearchParams
  /** Null while the search is being counted. */
  matchingIds: string[] | null
  /** The count failed: said on the row, the others still count. */
  failed: boolean
  newCount: number
}

export function SavedSearchesPanel({ saved }: { saved: SavedSearches }) {
  const headingId = useId()
  const [status, setStatus] = useState('')
  const archive = useArchive()
  const parsed = useMemo(
    // Checked against this archive: a speaker that has gone from it is dropped.
    () => saved.searches.map((s) => ({ saved: s, params: parseSearchParams(parseSearch(s.search), archive.catalog).params })),
    [saved.searches, archive],
  )
  // Each saved search is counted by the search service, as the search page would run it: the
  // same query cache, so opening one shows its results at once.
  const counts = useQueries({ queries: parsed.map(({ params }) => searchResultsQueryOptions(archive, toSearchQuery(params))) })
  const rows: Row[] = parsed.map(({ saved: s, params }, i) => {
    const count = counts[i]
    const matchingIds = count?.data ? archive.catalog.entriesOf(count.data).map((entry) => entry.id) : null
    return { saved: s, params, matchingIds, failed: Boolean(count?.isError), newCount: matchingIds ? countNewSince(s, matchingIds) : 0 }
  })
  if (rows.length === 0 && !saved.notice) return null

  return (
    <section className="saved-searches" aria-labelledby={headingId}>
      <h2 id={headingId} className="saved-searches__heading">
        Saved searches
      </h2>
      {saved.notice ? (
        <div className="notice" role="alert">
          <p>{saved.notice}</p>
          <button type="button" className="link-button" onClick={() => saved.store.dismissNotice()}>
            Dismiss
          </button>
        </div>
      ) : null}
      <ul className="saved-searches__list">
        {rows.map((row) => (
          <SavedSearchItem
            key={row.saved.id}
            row={row}
            onOpen={() => {
              if (row.matchingIds) saved.store.update((list) => markSavedSearchOpened(list, row.saved.id, row.matchingIds ?? [], new Date()))
            }}
            onRename={(name) => saved.store.update((list) => renameSavedSearch(list, row.saved.id, name))}
            onDelete={() => {
              if (saved.store.update((list) => removeSavedSearch(list, row.saved.id))) setStatus(`Deleted “${row.saved.name}”`)
            }}
          />
        ))}
      </ul>
      <p role="status" className="copy-status">
        {status}
      </p>
    </section>
  )
}

function SavedSearchItem(props: { row: Row; onOpen: () => void; onRename: (name: string) => void; onDelete: () => void }) {
  const { row, onOpen, onRename, onDelete } = props
  const { saved } = row
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(saved.name)
  const inputId = useId()

  return (
    <li className="saved-search">
      {renaming ? (
        <form
          className="saved-search__rename"
          onSubmit={(e) => {
            e.preventDefault()
            onRename(name)
            setRenaming(false)
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            New name for “{saved.name}”
          </label>
          <input id={inputId} value={name} maxLength={200} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button--primary">
            Save
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <Link to="/" search={row.params} className="saved-search__name" onClick={onOpen}>
          {saved.name}
        </Link>
      )}
      <p className="saved-search__meta">
        <span>{row.matchingIds ? plural(row.matchingIds.length, 'match', 'matches') : row.failed ? 'Could not be counted' : 'Counting…'}</span>
        {row.newCount ? (
          <span className="saved-search__new">
            {row.newCount.toLocaleString('en-GB')} new since you last looked
          </span>
        ) : null}
      </p>
      {renaming ? null : (
        <p className="saved-search__actions">
          <button
            type="button"
            className="link-button"
            aria-label={`Rename “${saved.name}”`}
            onClick={() => {
              setName(saved.name)
              setRenaming(true)
            }}
          >
            Rename
          </button>
          <button type="button" className="link-button" aria-label={`Delete “${saved.name}”`} onClick={onDelete}>
            Delete
          </button>
        </p>
      )}
    </li>
  )
}
