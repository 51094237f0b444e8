import { Link } from '@tanstack/react-router'
import { useId, useMemo, useState } from 'react'
import type { Statement } from '../../corpus/schema.ts'
import {
  countNewSince,
  markSavedSearchOpened,
  removeSavedSearch,
  renameSavedSearch,
  type SavedSearch,
} from '../../research/saved-search-store.ts'
import type { SearchEngine } from '../../search/search-engine.ts'
import { parseSearch, parseSearchParams, toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import { plural } from '../../lib/format-date.ts'
import type { SavedSearches } from './use-saved-searches.ts'
import './saved-searches.css'

interface Row {
  saved: SavedSearch
  params: SearchParams
  matchingIds: string[]
  newCount: number
}

export function SavedSearchesPanel({ saved, engine }: { saved: SavedSearches; engine: SearchEngine }) {
  const headingId = useId()
  const [status, setStatus] = useState('')
  const rows = useMemo<Row[]>(
    () =>
      saved.searches.map((s) => {
        // Checked against this corpus: a speaker that has gone from the archive is dropped.
        const { params } = parseSearchParams(parseSearch(s.search), engine)
        const results = engine.search(toSearchQuery(params))
        const matchingIds = results.ids.map((doc) => (engine.statements[doc] as Statement).id)
        return { saved: s, params, matchingIds, newCount: countNewSince(s, matchingIds) }
      }),
    [saved.searches, engine],
  )
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
            onOpen={() => saved.store.update((list) => markSavedSearchOpened(list, row.saved.id, row.matchingIds, new Date()))}
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
  const total = row.matchingIds.length

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
        <span>{plural(total, 'match', 'matches')}</span>
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
