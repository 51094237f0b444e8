import { useQuery } from '@tanstack/react-query'
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
import { matchingIdsQueryOptions } from '../../service/archive.ts'
import { searchResultsQueryOptions } from '../../service/search-queries.ts'
import { plural, formatCount } from '../../lib/format-date.ts'
import { useArchive } from '../search/use-search-state.ts'
import type { SavedSearchStorage } from '../../research/saved-search-storage.ts'
import type { SavedSearches } from './use-saved-searches.ts'
import './saved-searches.css'

interface Row {
  saved: SavedSearch
  params: SearchParams
}

// Loaded by the search page only once the store is (see use-saved-searches.ts).
export function SavedSearchesPanel({ saved, store }: { saved: SavedSearches; store: SavedSearchStorage }) {
  const headingId = useId()
  const [status, setStatus] = useState('')
  const archive = useArchive()
  const parsed = useMemo(
    // Checked against this archive: a speaker that has gone from it is dropped.
    () => saved.searches.map((s) => ({ saved: s, params: parseSearchParams(parseSearch(s.search), archive.catalog).params })),
    [saved.searches, archive],
  )
  const rows: Row[] = parsed
  if (rows.length === 0 && !saved.notice) return null

  return (
    <section className="saved-searches" aria-labelledby={headingId}>
      <h2 id={headingId} className="saved-searches__heading">
        Saved searches
      </h2>
      {saved.notice ? (
        <div className="notice" role="alert">
          <p>{saved.notice}</p>
          <button type="button" className="link-button" onClick={() => store.dismissNotice()}>
            Dismiss
          </button>
        </div>
      ) : null}
      <ul className="saved-searches__list">
        {rows.map((row) => (
          <SavedSearchItem
            key={row.saved.id}
            row={row}
            onOpen={(matchingIds) => store.update((list) => markSavedSearchOpened(list, row.saved.id, matchingIds, new Date()))}
            onRename={(name) => store.update((list) => renameSavedSearch(list, row.saved.id, name))}
            onDelete={() => {
              if (store.update((list) => removeSavedSearch(list, row.saved.id))) setStatus(`Deleted “${row.saved.name}”`)
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

function SavedSearchItem(props: { row: Row; onOpen: (matchingIds: string[]) => void; onRename: (name: string) => void; onDelete: () => void }) {
  const { row, onOpen, onRename, onDelete } = props
  const { saved } = row
  const archive = useArchive()
  // Counted by the search service as the search page would run it, through the same query
  // cache, so that opening it shows its results at once.
  const query = useMemo(() => toSearchQuery(row.params), [row.params])
  const found = useQuery(searchResultsQueryOptions(archive, query))
  // What is new is told by statement id (a saved search outlives a rebuild, which renumbers
  // statements), so every match's id is looked up.
  const ids = useQuery({ ...matchingIdsQueryOptions(archive, query, found.data?.ids ?? []), enabled: found.isSuccess })
  const matchingIds = ids.data ?? null
  const newCount = matchingIds ? countNewSince(saved, matchingIds) : 0
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
        <Link to="/" search={row.params} className="saved-search__name" onClick={() => matchingIds && onOpen(matchingIds)}>
          {saved.name}
        </Link>
      )}
      <p className="saved-search__meta">
        <span>{matchingIds ? plural(matchingIds.length, 'match', 'matches') : found.isError || ids.isError ? 'Could not be counted' : 'Counting…'}</span>
        {newCount ? (
          <span className="saved-search__new">
            {formatCount(newCount)} new since you last looked
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
