import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useMemo } from 'react'
import { toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import { timelineColumnsQueryOptions } from '../../service/search-queries.ts'
import { useArchive, useSearchControls, useSearchUpdate } from '../search/use-search-state.ts'
import { TimelineChart } from './timeline-chart.tsx'

/** The timeline above the results: every match, and a click or a drag sets the date filter. */
export function SearchTimeline({ answered }: { answered: SearchParams }) {
  const archive = useArchive()
  const { catalog } = archive
  const { from, to } = useSearchControls()
  const update = useSearchUpdate()
  const query = useMemo(() => toSearchQuery(answered), [answered])
  // Placed from the search side's columns: a timeline of every match needs none of their rows.
  const { data } = useQuery({ ...timelineColumnsQueryOptions(archive, query), placeholderData: keepPreviousData })
  // Binning every match and drawing the bars takes a task of over 100 ms on a slow phone when
  // the archive is browsed whole; as a deferred render it waits for the keys typed meanwhile.
  const columns = useDeferredValue(data)
  const speakerName = useMemo(() => (id: string) => catalog.label('speaker', id), [catalog])
  const topicLabel = useMemo(() => (id: string) => catalog.label('topic', id), [catalog])
  // Stable, so that the memoised chart skips the urgent render a new result set causes (the
  // query's data changes at once; the deferred columns a render later) instead of redrawing
  // every bar with the old columns in that render.
  const onSelectRange = useCallback(
    (range: { from: string; to: string } | undefined) => update((prev) => ({ ...prev, from: range?.from, to: range?.to })),
    [update],
  )
  if (!columns) return null
  return (
    <TimelineChart
      columns={columns}
      from={from}
      to={to}
      speakerName={speakerName}
      topicLabel={topicLabel}
      // Matches that all fall in one period make one bar, which says nothing the count does not.
      minPeriods={2}
      onSelectRange={onSelectRange}
    />
  )
}
