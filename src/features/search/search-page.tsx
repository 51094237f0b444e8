import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { corpusQueryOptions } from '../../corpus/corpus-query.ts'
import { normalizeSearchParams, toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import { searchResultsQueryOptions } from '../../search/search-queries.ts'
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

  // Typing updates the URL at once; results follow asynchronously (the words' posting shards
  // may have to be fetched first), and the previous results stay up until the new ones are in,
  // so a keystroke never waits for a search.
  const query = useMemo(() => toSearchQuery(search), [search])
  const { data: results, isPlaceholderData } = useQuery({
    ...searchResultsQueryOptions(engine, query, corpus.worker),
    placeholderData: keepPreviousData,
    throwOnError: true,
  })

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
      {results ? (
        <div className="search-columns">
          <div>
            <FacetPanel facets={results.facets} search={search} update={update} engine={engine} />
            <SavedSearchesPanel saved={saved} engine={engine} />
          </div>
          <section className="results" aria-labelledby="results-heading" aria-busy={isPlaceholderData}>
            <h2 id="results-heading" className="visually-hidden">
              Results
            </h2>
            <ResultsToolbar results={results} search={search} update={update} />
            <ResearchToolbar engine={engine} results={results} search={search} saved={saved} />
            <ActiveFilters search={search} engine={engine} update={update} />
            <SearchTimeline engine={engine} results={results} search={search} update={update} />
            <ResultList engine={engine} results={results} search={search} isUpdating={isPlaceholderData} />
          </section>
        </div>
      ) : (
        <p className="results-count" role="status">
          Searching…
        </p>
      )}
    </div>
  )
}
