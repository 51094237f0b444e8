import { useQuery } from '@tanstack/react-query'
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
  /** Null while the search cannot be counted yet. */
  matchingIds: string[] | null
  newCount: number
}

export function SavedSearchesPanel({ saved, engine }: { saved: SavedSearches; engine: SearchEngine }) {
  const headingId = useId()
  const [status, setStatus] = useState('')
  const parsed = useMemo(
    // Checked against this corpus: a speaker that has gone from the archive is dropped.
    () => saved.searches.map((s) => ({ saved: s, params: parseSearchParams(parseSearch(s.search), engine).params })),
    [saved.searches, engine],
  )
  // An engine over a prebuilt index fetches the postings of a query's words before it can count.
  const queries = Array.from(new Set(parsed.map((p) => p.params.q ?? ''))).sort()
  const prepared = useQuery({
    queryKey: ['saved-search-postings', queries],
    queryFn: async () => {
      for (const q of queries) await engine.prepare(q)
      return true
    },
    staleTime: Infinity,
  })
  const rows = useMemo<Row[]>(
    () =>
      parsed.map(({ saved: s, params }) => {
        let matchingIds: string[] | null = null
        try {
          matchingIds = engine.search(toSearchQuery(params)).ids.map((doc) => (engine.statements[doc] as Statement).id)
        } catch {
          // Not prepared yet: counted once the postings are in.
        }
        return { saved: s, params, matchingIds, newCount: matchingIds ? countNewSince(s, matchingIds) : 0 }
      }),
    // `prepared.data` changes once the postings are in, and the counts are read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [parsed, engine, prepared.data],
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
        <span>{row.matchingIds ? plural(row.matchingIds.length, 'match', 'matches') : 'Counting…'}</span>
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
