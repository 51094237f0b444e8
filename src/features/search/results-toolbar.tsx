import { useId, useState } from 'react'
import { copyText } from '../../lib/copy-text.ts'
import { plural } from '../../lib/format-date.ts'
import { defaultSort, type SearchParams } from '../../search/search-params.ts'
import type { SearchResults, SortOrder } from '../../search/search-types.ts'
import { QueryReading } from './query-reading.tsx'
import { useSearchControls, useSearchUpdate } from './use-search-state.ts'

function describeCount(results: SearchResults, search: SearchParams): string {
  const count = plural(results.total, 'statement')
  if (!search.q) return count
  const verb = results.total === 1 ? 'matches' : 'match'
  return results.partial ? `${count} ${verb} some of “${search.q}”` : `${count} ${verb} “${search.q}”`
}

/**
 * The count of what the results answer and how the query was read, the sort as the URL has it
 * now (or, where it has none, the default for the query the results answer), and Copy link.
 */
export function ResultsToolbar({ results, answered }: { results: SearchResults; answered: SearchParams }) {
  const { sort = defaultSort(answered) } = useSearchControls()
  const update = useSearchUpdate()
  const sortId = useId()
  return (
    <div className="results-toolbar">
      <div className="results-toolbar__summary">
        <p className="results-count" role="status" aria-live="polite" aria-atomic="true">
          {describeCount(results, answered)}
        </p>
        <QueryReading answered={answered} corrections={results.corrections} />
      </div>
      <div className="results-toolbar__actions">
        {/* The passages view has an order of its own; this one sorts the statements. */}
        {answered.view === 'passages' ? null : (
          <>
            <label htmlFor={sortId}>Sort by</label>
            <select
              id={sortId}
              value={sort}
              onChange={(e) => update((prev) => ({ ...prev, sort: e.target.value as SortOrder }))}
            >
              <option value="relevance" disabled={!answered.q}>
                Relevance
              </option>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          </>
        )}
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
        onClick={async () => setState((await copyText(window.location.href)) ? 'copied' : 'failed')}
      >
        Copy link
      </button>
      <span className="copy-status" role="status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: use the address bar' : ''}
      </span>
    </>
  )
}
