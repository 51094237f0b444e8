import { useId, useState } from 'react'
import type { SortOrder, SearchResults } from '../../search/search-engine.ts'
import type { SearchParams } from '../../search/search-params.ts'
import { plural } from '../../lib/format-date.ts'
import type { SearchUpdate } from './search-page.tsx'

function describeCount(results: SearchResults, search: SearchParams): string {
  const count = plural(results.total, 'statement')
  if (!search.q) return count
  const verb = results.total === 1 ? 'matches' : 'match'
  return results.partial ? `${count} ${verb} some of “${search.q}”` : `${count} ${verb} “${search.q}”`
}

export function ResultsToolbar(props: { results: SearchResults; search: SearchParams; sort: SortOrder; update: SearchUpdate }) {
  const { results, search, sort, update } = props
  const sortId = useId()
  return (
    <div className="results-toolbar">
      <p className="results-count" role="status" aria-live="polite" aria-atomic="true">
        {describeCount(results, search)}
      </p>
      <div className="results-toolbar__actions">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={sort}
          onChange={(e) => update((prev) => ({ ...prev, sort: e.target.value as SortOrder }))}
        >
          <option value="relevance" disabled={!search.q}>
            Relevance
          </option>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
        <CopyLinkButton />
      </div>
    </div>
  )
}

function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href)
            setState('copied')
          } catch {
            setState('failed')
          }
        }}
      >
        Copy link
      </button>
      <span className="copy-status" role="status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: use the address bar' : ''}
      </span>
    </>
  )
}
