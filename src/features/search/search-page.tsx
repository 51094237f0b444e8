import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import type { SearchEngine, SearchResults } from '../../search/search-engine.ts'
import { memo, useCallback, useDeferredValue, useMemo } from 'react'
import { corpusQueryOptions } from '../../corpus/corpus-query.ts'
import { defaultSort, normalizeSearchParams, toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import { searchResultsQueryOptions } from '../../search/search-queries.ts'
import type { SearchWorker } from '../../search/search-worker-client.ts'
import { useSearchKeyboard } from '../keyboard/use-search-keyboard.ts'
import { IgnoredParamsNotice } from '../layout/ignored-params-notice.tsx'
import { ResearchToolbar } from '../research-toolbar/research-toolbar.tsx'
import { SavedSearchesPanel } from '../saved-searches/saved-searches-panel.tsx'
import { useSavedSearches, type SavedSearches } from '../saved-searches/use-saved-searches.ts'
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

  const update = useCallback<SearchUpdate>(
    (fn, options) => void navigate({ search: (prev) => normalizeSearchParams(fn(prev)), replace: options?.replace ?? false }),
    [navigate],
  )
  const saved = useSavedSearches()
  useSearchKeyboard({ onClear: () => update((prev) => ({ ...prev, q: undefined }), { replace: true }) })

  // The search box answers each keystroke at once; everything that shows results (facets,
  // timeline, the list) follows in a deferred render, which React can interrupt, so that no
  // keystroke or arriving result set holds the main thread for long.
  const view = useDeferredValue(useMemo(() => ({ results, search, isUpdating: isPlaceholderData }), [results, search, isPlaceholderData]))
  // Filters and sort are controls a person sets: they show the new state at once. Typing does
  // not change them, so it does not re-render them either.
  const sort = search.sort ?? defaultSort(search)
  const { speaker, topic, type, from, to } = search
  const controls = useMemo<SearchParams>(() => ({ speaker, topic, type, from, to, sort }), [speaker, topic, type, from, to, sort])

  return (
    <div className="search-page">
      <h1 className="visually-hidden">Search the statement archive</h1>
      <IgnoredParamsNotice />
      <SearchBox
        q={search.q ?? ''}
        statementCount={corpus.manifest.statements}
        onQueryChange={(q) => update((prev) => ({ ...prev, q }), { replace: true })}
      />
      {view.results ? (
        <ResultsArea
          engine={engine}
          results={view.results}
          search={view.search}
          controls={controls}
          isUpdating={view.isUpdating}
          update={update}
          saved={saved}
          worker={corpus.worker}
        />
      ) : (
        <p className="results-count" role="status">
          Searching…
        </p>
      )}
    </div>
  )
}

interface ResultsAreaProps {
  engine: SearchEngine
  results: SearchResults
  /** The search the results answer: a step behind while new results render. */
  search: SearchParams
  /** Filters and sort as the URL has them now. */
  controls: SearchParams
  isUpdating: boolean
  update: SearchUpdate
  saved: SavedSearches
  worker: SearchWorker | undefined
}

const ResultsArea = memo(function ResultsArea({ engine, results, search, controls, isUpdating, update, saved, worker }: ResultsAreaProps) {
  return (
    <div className="search-columns">
      <div>
        <FacetPanel facets={results.facets} search={controls} update={update} engine={engine} />
        <SavedSearchesPanel saved={saved} engine={engine} />
      </div>
      <section className="results" aria-labelledby="results-heading" aria-busy={isUpdating}>
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <ResultsToolbar results={results} search={search} sort={controls.sort ?? 'relevance'} update={update} />
        <ResearchToolbar engine={engine} results={results} search={search} saved={saved} />
        <ActiveFilters search={controls} engine={engine} update={update} />
        <SearchTimeline engine={engine} results={results} search={search} update={update} />
        <ResultList engine={engine} results={results} search={search} isUpdating={isUpdating} worker={worker} />
      </section>
    </div>
  )
})
