import { useMemo } from 'react'
import type { Statement } from '../../corpus/schema.ts'
import type { SearchEngine, SearchResults } from '../../search/search-engine.ts'
import type { SearchParams } from '../../search/search-params.ts'
import type { SearchUpdate } from '../search/search-page.tsx'
import { TimelineChart } from './timeline-chart.tsx'

/** The timeline above the results: every match, and a click or a drag sets the date filter. */
export function SearchTimeline(props: { engine: SearchEngine; results: SearchResults; search: SearchParams; update: SearchUpdate }) {
  const { engine, results, search, update } = props
  const items = useMemo(() => results.ids.map((doc) => engine.statements[doc] as Statement), [engine, results])
  const speakerName = useMemo(() => (id: string) => engine.speakerName(id) ?? id, [engine])
  const topicLabel = useMemo(() => (id: string) => engine.topicLabel(id) ?? id, [engine])
  return (
    <TimelineChart
      items={items}
      from={search.from}
      to={search.to}
      speakerName={speakerName}
      topicLabel={topicLabel}
      // Matches that all fall in one period make one bar, which says nothing the count does not.
      minPeriods={2}
      onSelectRange={(range) => update((prev) => ({ ...prev, from: range?.from, to: range?.to }))}
    />
  )
}
