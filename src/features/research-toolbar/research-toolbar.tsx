import { Link } from '@tanstack/react-router'
import { describeSearch } from '../../research/search-feed.ts'
import type { SearchParams } from '../../search/search-params.ts'
import type { SearchResults } from '../../search/search-types.ts'
import { ExportButtons } from '../export/export-buttons.tsx'
import { SaveSearchButton } from '../saved-searches/save-search-button.tsx'
import type { SavedSearches } from '../saved-searches/use-saved-searches.ts'
import { useArchive } from '../search/use-search-state.ts'
import { trendOfSearch } from '../trends/trend-request.ts'
import './research-toolbar.css'

interface Props {
  results: SearchResults
  /** The search the results answer: what is saved and exported. */
  answered: SearchParams
  saved: SavedSearches
}

/** What a researcher does with a result set: keep it, take it away, follow its words over time. */
export function ResearchToolbar({ results, answered, saved }: Props) {
  const { catalog } = useArchive()
  const described = describeSearch(answered, catalog)
  return (
    <div className="research-toolbar" role="group" aria-label="Research tools">
      <SaveSearchButton
        saved={saved}
        search={answered}
        suggestedName={described ? `${described.charAt(0).toUpperCase()}${described.slice(1)}` : 'All statements'}
        matchingIds={() => catalog.idsFor(results.ids)}
      />
      <ExportButtons results={results} search={answered} />
      {answered.q ? (
        <Link to="/trends" search={trendOfSearch(answered)} className="button">
          Trend over time
        </Link>
      ) : null}
    </div>
  )
}
