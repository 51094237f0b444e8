import { useId, useState } from 'react'
import { stringifySearch, type SearchParams } from '../../search/search-params.ts'
import type { SavedSearches } from './use-saved-searches.ts'
import './saved-searches.css'

interface Props {
  saved: SavedSearches
  search: SearchParams
  suggestedName: string
  /** The ids matching now, read only when the person saves. */
  /** The ids of every statement the search matches, remembered as seen: fetched when saved. */
  matchingIds: () => Promise<string[]>
}

export function SaveSearchButton({ saved, search, suggestedName, matchingIds }: Props) {
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const [status, setStatus] = useState('')
  const nameId = useId()

  if (!naming) {
    return (
      <span className="save-search">
        <button
          type="button"
          className="button"
          onClick={() => {
            // The store's code loads while the person types a name.
            void saved.load()
            setName(suggestedName)
            setStatus('')
            setNaming(true)
          }}
        >
          Save search
        </button>
        <span role="status" className="copy-status">
          {status}
        </span>
      </span>
    )
  }
  return (
    <form
      className="save-search__form"
      aria-label="Save this search"
      onSubmit={async (e) => {
        e.preventDefault()
        const finalName = name.trim() || suggestedName
        const [ids, store, { addSavedSearch, newSavedSearchId }] = await Promise.all([
          matchingIds(),
          saved.load(),
          import('../../research/saved-search-store.ts'),
        ])
        const ok = store.update((list) =>
          addSavedSearch(
            list,
            { id: newSavedSearchId(), name: finalName, search: stringifySearch(search as Record<string, unknown>), seenIds: ids },
            new Date(),
          ),
        )
        setNaming(false)
        setStatus(ok ? `Saved “${finalName}”: see Saved searches, under the filters` : '')
      }}
    >
      <label htmlFor={nameId}>Name</label>
      <input id={nameId} value={name} maxLength={200} autoFocus onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="button button--primary">
        Save
      </button>
      <button type="button" className="button" onClick={() => setNaming(false)}>
        Cancel
      </button>
    </form>
  )
}
