import { memo, useId, useMemo, useState, type PointerEvent } from 'react'
import {
  binLabel,
  binShortLabel,
  buildTimeline,
  describeTimeline,
  rangeOfBins,
  type TimelineStack,
} from '../../research/timeline-bins.ts'
import type { TimelineColumns } from '../../search/search-types.ts'
import { plural } from '../../lib/format-date.ts'
import './timeline.css'

interface Props {
  /** The statements to place (search-types.ts). */
  columns: TimelineColumns
  /** The date filter in force, to mark the bars inside it. */
  from?: string | undefined
  to?: string | undefined
  onSelectRange: (range: { from: string; to: string } | undefined) => void
  speakerName: (id: string) => string
  topicLabel: (id: string) => string
  /** Which stackings to offer; a speaker page has no use for stacking by speaker. */
  stackOptions?: readonly TimelineStack[]
  heading?: string
  /** Below this many periods with statements in them, the chart is left out. */
  minPeriods?: number
}

const STACK_LABELS: Record<TimelineStack, string> = { none: 'Nothing', topic: 'Topic', speaker: 'Speaker' }
const BAR = 10

// Memoised: its bars and period list are hundreds of elements, and a parent re-render with the
// same columns (a keystroke, a result set arriving) should not reconcile them again.
export const TimelineChart = memo(function TimelineChart(props: Props) {
  const { columns, from, to, onSelectRange, speakerName, topicLabel, stackOptions = ['none', 'topic', 'speaker'] } = props
  const [stack, setStack] = useState<TimelineStack>('none')
  const [brush, setBrush] = useState<{ start: number; end: number } | null>(null)
  const headingId = useId()
  const timeline = useMemo(
    () => buildTimeline(columns, { stack, label: stack === 'speaker' ? speakerName : topicLabel }),
    [columns, stack, speakerName, topicLabel],
  )
  if (timeline.bins.filter((b) => b.total > 0).length < (props.minPeriods ?? 1)) return null

  const { bins, unit, series } = timeline
  const max = Math.max(1, ...bins.map((b) => b.total))
  const seriesIndex = new Map(series.map((s, i) => [s.id, i]))
  const summary = describeTimeline(timeline)
  const inBrush = (i: number) => brush !== null && i >= Math.min(brush.start, brush.end) && i <= Math.max(brush.start, brush.end)
  const inFilter = (i: number) => Boolean((from || to) && (!from || bins[i]!.to >= from) && (!to || bins[i]!.from <= to))

  const select = (a: number, b: number) => {
    const range = rangeOfBins(timeline, a, b)
    // A second click on the bar that is already the filter takes the filter off.
    onSelectRange(range && range.from === from && range.to === to ? undefined : range)
  }
  // The bar under the pointer, from its position (the pointer is captured during a drag, so the
  // element hit is always the chart), or from the element hit where there is no layout (jsdom).
  const binAt = (e: PointerEvent<SVGSVGElement>): number | undefined => {
    const box = e.currentTarget.getBoundingClientRect()
    if (box.width > 0) return Math.min(bins.length - 1, Math.max(0, Math.floor(((e.clientX - box.left) / box.width) * bins.length)))
    const hit = (e.target as Element).closest('[data-bin]')
    return hit ? Number(hit.getAttribute('data-bin')) : undefined
  }
  const ticks = bins.length <= 4 ? bins.map((_, i) => i) : [0, Math.floor((bins.length - 1) / 2), bins.length - 1]

  return (
    <section className="timeline" aria-labelledby={headingId}>
      <div className="timeline__header">
        <h2 id={headingId} className="timeline__heading">
          {props.heading ?? 'Timeline'}
        </h2>
        {stackOptions.length > 1 ? (
          <fieldset className="timeline__stack">
            <legend>Stack by</legend>
            {stackOptions.map((option) => (
              <label key={option}>
                <input type="radio" name={`${headingId}-stack`} checked={stack === option} onChange={() => setStack(option)} />
                {STACK_LABELS[option]}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      <p className="timeline__summary">{summary.replace(/^Timeline: s/, 'S')}</p>
      {timeline.yearOnly ? (
        <p className="timeline__note">
          {plural(timeline.yearOnly, 'statement')} dated only to the year {timeline.yearOnly === 1 ? 'is' : 'are'} not in
          these monthly bars.
        </p>
      ) : null}
      <svg
        className={`timeline__chart${brush ? ' timeline__chart--brushing' : ''}`}
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${bins.length * BAR} 100`}
        preserveAspectRatio="none"
        onPointerDown={(e) => {
          const i = binAt(e)
          if (i === undefined) return
          e.preventDefault()
          // Captured, the release is heard even when the drag ends outside the chart.
          try {
            e.currentTarget.setPointerCapture(e.pointerId)
          } catch {
            // No capture where pointers are simulated; the drag still works inside the chart.
          }
          setBrush({ start: i, end: i })
        }}
        onPointerMove={(e) => {
          const i = brush ? binAt(e) : undefined
          if (brush && i !== undefined && i !== brush.end) setBrush({ ...brush, end: i })
        }}
        onPointerUp={() => {
          if (brush) select(brush.start, brush.end)
          setBrush(null)
        }}
        onPointerCancel={() => setBrush(null)}
      >
        {bins.map((bin, i) => {
          // A period with statements always shows, however tall its neighbours.
          const barHeight = bin.total ? Math.max(3, (bin.total / max) * 96) : 0
          let y = 100
          return (
            <g
              key={bin.key}
              data-bin={i}
              className={`timeline__bar${inBrush(i) ? ' timeline__bar--brushed' : ''}${inFilter(i) ? ' timeline__bar--active' : ''}`}
            >
              <title>{`${binLabel(bin, unit)}: ${plural(bin.total, 'statement')}`}</title>
              <rect className="timeline__hit" x={i * BAR} y={0} width={BAR} height={100} />
              {bin.segments.map((seg) => {
                const h = (seg.count / bin.total) * barHeight
                y -= h
                const colour = stack === 'none' ? 'timeline__seg' : `timeline__seg timeline__seg--${seriesIndex.get(seg.series) ?? 0}`
                return <rect key={seg.series} className={colour} x={i * BAR + 1} y={y} width={BAR - 2} height={h} />
              })}
            </g>
          )
        })}
      </svg>
      <div className="timeline__axis" aria-hidden="true">
        {ticks.map((i) => (
          <span key={i}>{binShortLabel(bins[i]!, unit)}</span>
        ))}
      </div>
      {series.length ? (
        <ul className="timeline__legend" aria-label={`Colours: ${STACK_LABELS[stack].toLowerCase()}s`}>
          {series.map((s, i) => (
            <li key={s.id}>
              <span className={`timeline__swatch timeline__seg--${i}`} aria-hidden="true" />
              {s.label} <span className="timeline__count">({s.count})</span>
            </li>
          ))}
        </ul>
      ) : null}
      <details className="timeline__table">
        <summary>Pick a {unit} from a list</summary>
        <ul className="timeline__periods">
          {bins.map((bin, i) =>
            bin.total ? (
              <li key={bin.key}>
                <button type="button" className="chip" aria-pressed={inFilter(i)} onClick={() => select(i, i)}>
                  {binLabel(bin, unit)} — {plural(bin.total, 'statement')}
                </button>
              </li>
            ) : null,
          )}
        </ul>
      </details>
      <p className="timeline__hint">Click a bar, or drag across bars, to filter by date.</p>
    </section>
  )
})
