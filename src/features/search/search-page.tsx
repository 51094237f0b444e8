import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useDeferredValue, useMemo } from 'react'
import { corpusQueryOptions } from '../../corpus/corpus-query.ts'
import { normalizeSearchParams, toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import { useSearchKeyboard } from '../keyboard/use-search-keyboard.ts'
import { IgnoredParamsNotice } from '../layout/ignored-params-notice.tsx'
import { ResearchToolbar } from '../research-toolbar/research-toolbar.tsx'
import { SavedSearchesPanel } from '../saved-searches/saved-searches-panel.tsx'
import { useSavedSearches } from '../saved-searches/use-saved-searches.ts'
import { SearchTimeline } from '../timeline/search-timeline.tsx'
import { ActiveFilters } from './active-filters.tsx'
import { FacetPanel } from './facet-panel.tsx'
import { ResultList } from './result-list.tsx'
import { ResultsToolbar } from './results-toolbar.tsx'
import { SearchBox } from './search-box.tsx'

const route = getRouteApi('/')

export type SearchUpdate = (update: (prev: SearchParams) => SearchParams, options?: { replace?: boolean }) => void

export function SearchPage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data: corpus } = useSuspenseQuery(corpusQueryOptions())
  const { engine } = corpus

  // Typing updates the URL at once; the search itself runs on the deferred value, so a slow
  // query never holds up a keystroke.
  const deferredSearch = useDeferredValue(search)
  const results = useMemo(() => engine.search(toSearchQuery(deferredSearch)), [engine, deferredSearch])
  const isUpdating = deferredSearch !== search

  const update: SearchUpdate = (fn, options) =>
    void navigate({ search: (prev) => normalizeSearchParams(fn(prev)), replace: options?.replace ?? false })
  const saved = useSavedSearches()
  useSearchKeyboard({ onClear: () => update((prev) => ({ ...prev, q: undefined }), { replace: true }) })

  return (
    <div className="search-page">
      <h1 className="visually-hidden">Search the statement archive</h1>
      <IgnoredParamsNotice />
      <SearchBox
        q={search.q ?? ''}
        statementCount={corpus.manifest.statements}
        onQueryChange={(q) => update((prev) => ({ ...prev, q }), { replace: true })}
      />
      <div className="search-columns">
        <div>
          <FacetPanel facets={results.facets} search={search} update={update} engine={engine} />
          <SavedSearchesPanel saved={saved} engine={engine} />
        </div>
        <section className="results" aria-labelledby="results-heading" aria-busy={isUpdating}>
          <h2 id="results-heading" className="visually-hidden">
            Results
          </h2>
          <ResultsToolbar results={results} search={search} update={update} />
          <ResearchToolbar engine={engine} results={results} search={deferredSearch} saved={saved} />
          <ActiveFilters search={search} engine={engine} update={update} />
          <SearchTimeline engine={engine} results={results} search={deferredSearch} update={update} />
          <ResultList
            key={JSON.stringify(deferredSearch)}
            engine={engine}
            results={results}
            search={deferredSearch}
            isUpdating={isUpdating}
          />
        </section>
      </div>
    </div>
  )
}
