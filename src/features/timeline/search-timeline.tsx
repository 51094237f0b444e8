import { useMemo } from 'react'
import type { SearchResults } from '../../search/search-types.ts'
import { useArchive, useSearchControls, useSearchUpdate } from '../search/use-search-state.ts'
import { TimelineChart } from './timeline-chart.tsx'

/** The timeline above the results: every match, and a click or a drag sets the date filter. */
export function SearchTimeline({ results }: { results: SearchResults }) {
  const { catalog } = useArchive()
  const { from, to } = useSearchControls()
  const update = useSearchUpdate()
  const items = useMemo(() => catalog.entriesOf(results), [catalog, results])
  const speakerName = useMemo(() => (id: string) => catalog.label('speaker', id), [catalog])
  const topicLabel = useMemo(() => (id: string) => catalog.label('topic', id), [catalog])
  return (
    <TimelineChart
      items={items}
      from={from}
      to={to}
      speakerName={speakerName}
      topicLabel={topicLabel}
      // Matches that all fall in one period make one bar, which says nothing the count does not.
      minPeriods={2}
      onSelectRange={(range) => update((prev) => ({ ...prev, from: range?.from, to: range?.to }))}
    />
  )
}
