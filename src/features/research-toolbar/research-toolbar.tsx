import type { Statement } from '../../corpus/schema.ts'
import type { SearchEngine, SearchResults } from '../../search/search-engine.ts'
import type { SearchParams } from '../../search/search-params.ts'
import { ExportButtons } from '../export/export-buttons.tsx'
import { describeSearch } from '../../research/search-feed.ts'
import { SaveSearchButton } from '../saved-searches/save-search-button.tsx'
import type { SavedSearches } from '../saved-searches/use-saved-searches.ts'
import './research-toolbar.css'

interface Props {
  engine: SearchEngine
  results: SearchResults
  search: SearchParams
  saved: SavedSearches
}

/** What a researcher does with a result set: keep it, take it away. */
export function ResearchToolbar({ engine, results, search, saved }: Props) {
  const described = describeSearch(search, engine)
  return (
    <div className="research-toolbar" role="group" aria-label="Research tools">
      <SaveSearchButton
        saved={saved}
        search={search}
        suggestedName={described ? `${described.charAt(0).toUpperCase()}${described.slice(1)}` : 'All statements'}
        matchingIds={() => results.ids.map((doc) => (engine.statements[doc] as Statement).id)}
      />
      <ExportButtons engine={engine} results={results} search={search} />
    </div>
  )
}
