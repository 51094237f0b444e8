import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { lazy, memo, Suspense, useDeferredValue, useMemo, useState } from 'react'
import { toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import type { SearchResults } from '../../search/search-types.ts'
import { searchResultsQueryOptions } from '../../service/search-queries.ts'
import { useSearchKeyboard } from '../keyboard/use-search-keyboard.ts'
import { IgnoredParamsNotice } from '../layout/ignored-params-notice.tsx'
import { PassageList } from '../passages/passage-list.tsx'
import { ViewTabs } from '../passages/view-tabs.tsx'
import { ResearchToolbar } from '../research-toolbar/research-toolbar.tsx'
import { useSavedSearches, type SavedSearches } from '../saved-searches/use-saved-searches.ts'
import { SearchTimeline } from '../timeline/search-timeline.tsx'
import { ActiveFilters } from './active-filters.tsx'
import { FacetPanel } from './facet-panel.tsx'
import { ResultList } from './result-list.tsx'
import { ResultsToolbar } from './results-toolbar.tsx'
import { SearchBox } from './search-box.tsx'
import { useArchive, useSearchUpdate } from './use-search-state.ts'

// The list of saved searches, with the store's schema, loads only where something is saved.
const SavedSearchesPanel = lazy(() => import('../saved-searches/saved-searches-panel.tsx').then((m) => ({ default: m.SavedSearchesPanel })))

const route = getRouteApi('/')

export function SearchPage() {
  const search = route.useSearch()
  const archive = useArchive()
  const update = useSearchUpdate()
  // One store for the page, so that a search saved in the toolbar shows in the list at once.
  const saved = useSavedSearches()

  // Typing updates the URL at once; results follow asynchronously (the words' posting shards
  // may have to be fetched first), and the previous results stay up until the new ones are in,
  // so a keystroke never waits for a search.
  const query = useMemo(() => toSearchQuery(search), [search])
  const { data: results, isPlaceholderData } = useQuery({
    ...searchResultsQueryOptions(archive, query),
    placeholderData: keepPreviousData,
    throwOnError: true,
  })
  useSearchKeyboard({ onClear: () => update((prev) => ({ ...prev, q: undefined }), { replace: true }) })

  // The results on screen and the search they answer, which lags the URL while new results are
  // on their way: the count, the query's reading and the rows' links all say what is shown, and
  // while typing nothing below the box renders again until a keystroke's results are in. The
  // passages view asks for its own passages, so there the search follows the URL at once.
  const [shown, setShown] = useState({ results, search })
  const settled = !isPlaceholderData || search.view === 'passages'
  if (settled && (shown.results !== results || shown.search !== search)) setShown({ results, search })

  // The search box answers each keystroke at once; everything that shows results (facets,
  // timeline, the list) follows in a deferred render, which React can interrupt, so that no
  // keystroke or arriving result set holds the main thread for long. The first results of a
  // page that opened on "Searching…" render at once: nothing is on screen to keep, and a
  // deferred render would paint them a render later.
  const live = useMemo(() => ({ ...shown, isUpdating: isPlaceholderData }), [shown, isPlaceholderData])
  const deferred = useDeferredValue(live)
  const view = deferred.results ? deferred : live

  return (
    <div className="search-page">
      <h1 className="visually-hidden">Search the statement archive</h1>
      <IgnoredParamsNotice />
      <SearchBox
        q={search.q ?? ''}
        statementCount={archive.manifest.statements}
        onQueryChange={(q) => update((prev) => ({ ...prev, q }), { replace: true })}
      />
      {view.results ? (
        <ResultsArea results={view.results} answered={view.search} isUpdating={view.isUpdating} saved={saved} />
      ) : (
        <p className="results-count" role="status">
          Searching…
        </p>
      )}
    </div>
  )
}

interface ResultsAreaProps {
  results: SearchResults
  /** The search the results answer: a step behind the URL while new results are on their way. */
  answered: SearchParams
  isUpdating: boolean
  saved: SavedSearches
}

// Results arriving, or a keystroke starting a search, turns `isUpdating` on and off: only the
// section's aria-busy changes then, while the parts inside, memoised, stay as they are.
const ResultsArea = memo(function ResultsArea({ results, answered, isUpdating, saved }: ResultsAreaProps) {
  return (
    <div className="search-columns">
      <ResultsSide results={results} saved={saved} />
      <section className="results" aria-labelledby="results-heading" aria-busy={isUpdating}>
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <ResultsMain results={results} answered={answered} saved={saved} />
      </section>
    </div>
  )
})

const ResultsSide = memo(function ResultsSide({ results, saved }: Pick<ResultsAreaProps, 'results' | 'saved'>) {
  return (
    <div>
      <FacetPanel results={results} />
      {saved.store ? (
        <Suspense fallback={null}>
          <SavedSearchesPanel saved={saved} store={saved.store} />
        </Suspense>
      ) : null}
    </div>
  )
})

const ResultsMain = memo(function ResultsMain({ results, answered, saved }: Omit<ResultsAreaProps, 'isUpdating'>) {
  return (
    <>
      <ViewTabs answered={answered} />
      <ResultsToolbar results={results} answered={answered} />
      <ResearchToolbar results={results} answered={answered} saved={saved} />
      <ActiveFilters />
      {answered.view === 'passages' ? (
        <PassageList answered={answered} />
      ) : (
        <>
          <SearchTimeline answered={answered} />
          <ResultList results={results} answered={answered} />
        </>
      )}
    </>
  )
})
