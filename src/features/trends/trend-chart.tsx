import { Link, useNavigate } from '@tanstack/react-router'
import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { share, type Trend, type TrendPeriod } from '../../research/trends.ts'
import type { SearchParams } from '../../search/search-params.ts'
import { describePeriod, describePoint, describeSpan, tickLabel, type TrendScale } from './trend-format.ts'
import { markerPath, seriesStyle } from './series-style.tsx'
import { formatCount } from '../../lib/format-date.ts'

// The trend as a line chart: d3 works out the scales, ticks and paths, React draws them. Each
// point is a link to its statements; the points are one stop for Tab, and the arrow keys move
// along the periods (left, right) and between the series (up, down).

interface Props {
  trend: Trend
  series: readonly string[]
  scale: TrendScale
  /** The search a point opens: its series in its period. */
  pointSearch: (k: number, period: TrendPeriod) => SearchParams
}

interface Spot {
  period: number
  /** Without a series, the readout lists them all (the pointer is over the period). */
  series?: number | undefined
}

const HEIGHT = 340
const MARGIN = { top: 30, right: 36, bottom: 38, left: 58 }
/** Before the page is laid out (and in tests, which have no layout). */
const DEFAULT_WIDTH = 760

/** The element's width, followed as it changes. */
function useElementWidth(fallback: number): [number, (element: HTMLElement | null) => (() => void) | undefined] {
  const [width, setWidth] = useState(fallback)
  const measure = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined
    if (element.clientWidth > 0) setWidth(element.clientWidth)
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.round(entry.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [width, measure]
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60]

/** Where the x axis has ticks: round years, or months that start a quarter, a half or a year. */
function xTicks(trend: Trend, room: number): number[] {
  const { periods, unit } = trend
  const n = periods.length
  const most = Math.max(2, Math.floor(room / (unit === 'year' ? 56 : 64)))
  if (n <= most && unit === 'year') return periods.map((_, i) => i)
  if (unit === 'year') {
    const first = Number(periods[0]?.key)
    return scaleLinear()
      .domain([first, first + n - 1])
      .ticks(most)
      .filter(Number.isInteger)
      .map((year) => year - first)
  }
  const step = MONTH_STEPS.find((s) => Math.ceil(n / s) <= most) ?? 60
  return periods.flatMap((p, i) => ((Number(p.key.slice(0, 4)) * 12 + Number(p.key.slice(5, 7)) - 1) % step === 0 ? [i] : []))
}

export function TrendChart({ trend, series, scale, pointSearch }: Props) {
  const [width, measure] = useElementWidth(DEFAULT_WIDTH)
  const navigate = useNavigate()
  const points = useRef(new Map<string, { focus: () => void }>())
  const [stop, setStop] = useState<Spot>({ period: 0, series: 0 })
  const [focused, setFocused] = useState(false)
  const [hover, setHover] = useState<Spot | null>(null)
  const { periods, unit } = trend
  const n = periods.length
  const innerWidth = Math.max(160, width - MARGIN.left - MARGIN.right)
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom

  const chart = useMemo(() => {
    // A period without statements has no share: the line breaks there instead of falling to 0.
    const value = (p: TrendPeriod, k: number): number | undefined =>
      scale === 'share' ? (p.total ? share(p, k) : undefined) : (p.counts[k] as number)
    let max = 0
    for (const p of periods) for (let k = 0; k < series.length; k++) max = Math.max(max, value(p, k) ?? 0)
    const x = scaleLinear()
      .domain(n > 1 ? [0, n - 1] : [-1, 1])
      .range([0, innerWidth])
    const tickCount = Math.max(3, Math.floor(innerHeight / 55))
    // Niced to the same count as the ticks, so that the top of the axis is a tick.
    const y = scaleLinear()
      .domain([0, max || (scale === 'share' ? 0.01 : 1)])
      .nice(tickCount)
      .range([innerHeight, 0])
    const formatShareTick = y.tickFormat(tickCount, '%')
    const yTicks = y
      .ticks(tickCount)
      .filter((t) => scale === 'share' || Number.isInteger(t))
      .map((t) => ({ y: y(t), label: scale === 'share' ? formatShareTick(t) : formatCount(t) }))
    const ticks = xTicks(trend, innerWidth)
    const xLabels = ticks.map((i, j) => ({
      i,
      x: x(i),
      label: tickLabel(periods[i] as TrendPeriod, unit, j === 0 || (periods[i] as TrendPeriod).key.endsWith('-01')),
    }))
    const lines = series.map((_, k) =>
      line<TrendPeriod>()
        .defined((p) => value(p, k) !== undefined)
        .x((_p, i) => x(i))
        .y((p) => y(value(p, k) ?? 0))(periods) ?? '',
    )
    const spots = series.map((_, k) => periods.map((p, i) => (value(p, k) === undefined ? undefined : { x: x(i), y: y(value(p, k) ?? 0) })))
    return { x, yTicks, xLabels, lines, spots }
  }, [trend, periods, unit, n, series, scale, innerWidth, innerHeight])

  const defined = (i: number, k: number) => chart.spots[k]?.[i] !== undefined
  /** The nearest period from `i` on, in direction `step`, where series `k` has a point. */
  const nextPoint = (i: number, k: number, step: 1 | -1): number | undefined => {
    for (let j = i + step; j >= 0 && j < n; j += step) if (defined(j, k)) return j
    return undefined
  }
  const firstPoint = (k: number) => (defined(0, k) ? 0 : nextPoint(0, k, 1))
  const lastPoint = (k: number) => (defined(n - 1, k) ? n - 1 : nextPoint(n - 1, k, -1))
  // The one point Tab reaches: the last one focused, else the first.
  const tabStop = defined(stop.period, stop.series ?? 0) ? stop : { period: firstPoint(0) ?? 0, series: 0 }

  const onKeyDown = (e: KeyboardEvent, i: number, k: number) => {
    let to: [number | undefined, number] | undefined
    if (e.key === 'ArrowRight') to = [nextPoint(i, k, 1), k]
    else if (e.key === 'ArrowLeft') to = [nextPoint(i, k, -1), k]
    else if (e.key === 'Home') to = [firstPoint(k), k]
    else if (e.key === 'End') to = [lastPoint(k), k]
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const other = k + (e.key === 'ArrowUp' ? -1 : 1)
      to = [other >= 0 && other < series.length && defined(i, other) ? i : undefined, other]
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      // The link would open itself in a browser, but not everywhere; with a modifier it opens
      // in a new tab or window, as any link does.
      e.preventDefault()
      void navigate({ to: '/', search: pointSearch(k, periods[i] as TrendPeriod) })
      return
    }
    if (!to) return
    e.preventDefault()
    if (to[0] !== undefined) points.current.get(`${to[0]}:${to[1]}`)?.focus()
  }

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const point = (e.target as Element).closest('[data-point]')
    if (point) {
      const [i, k] = (point.getAttribute('data-point') as string).split(':').map(Number) as [number, number]
      if (hover?.period !== i || hover.series !== k) setHover({ period: i, series: k })
      return
    }
    const box = e.currentTarget.getBoundingClientRect()
    if (box.width === 0) return
    const i = Math.round(chart.x.invert(e.clientX - box.left - MARGIN.left))
    if (i < 0 || i >= n) {
      if (hover) setHover(null)
    } else if (hover?.period !== i || hover.series !== undefined) setHover({ period: i })
  }

  const active = hover ?? (focused ? tabStop : null)
  const activePeriod = active ? periods[active.period] : undefined
  const readout = !active || !activePeriod
    ? 'Point at the chart, or Tab to it and use the arrow keys, to read each value; click a point, or press Enter, to open its statements.'
    : active.series === undefined
      ? describePeriod(activePeriod, series, scale)
      : describePoint(activePeriod, active.series, series[active.series] as string, scale)
  const showMarkers = innerWidth / Math.max(1, n) >= 7
  const hitRadius = Math.min(10, Math.max(5, innerWidth / Math.max(1, n) / 2))

  return (
    <div className="trend-chart" ref={measure}>
      <p className="trend-chart__readout" aria-live="polite" aria-atomic="true">
        {readout}
      </p>
      <svg
        className="trend-chart__svg"
        width={innerWidth + MARGIN.left + MARGIN.right}
        height={HEIGHT}
        role="group"
        aria-label={`Chart: ${scale === 'share' ? 'share of statements' : 'statements'} using each term, ${describeSpan(trend)}`}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
      >
        <g transform={`translate(${MARGIN.left} ${MARGIN.top})`}>
          <g className="trend-chart__axis" aria-hidden="true">
            <text className="trend-chart__axis-title" x={-MARGIN.left} y={-16}>
              {scale === 'share' ? 'Share of statements' : 'Statements'}
            </text>
            {chart.yTicks.map((t) => (
              <g key={t.label} className="trend-chart__y" transform={`translate(0 ${t.y})`}>
                <line className="trend-chart__grid" x1={0} x2={innerWidth} />
                <text x={-8} dy="0.32em" textAnchor="end">
                  {t.label}
                </text>
              </g>
            ))}
            <line className="trend-chart__baseline" x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} />
            {chart.xLabels.map((t) => (
              <g key={t.i} transform={`translate(${t.x} ${innerHeight})`}>
                <line className="trend-chart__tick" y2={5} />
                <text y={19} textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
          </g>
          {activePeriod ? (
            <line className="trend-chart__guide" x1={chart.x(active?.period ?? 0)} x2={chart.x(active?.period ?? 0)} y1={0} y2={innerHeight} />
          ) : null}
          {chart.lines.map((d, k) => {
            const style = seriesStyle(k)
            return (
              <path key={k} className="trend-chart__line" d={d} stroke={style.colour} strokeDasharray={style.dash} aria-hidden="true" />
            )
          })}
          {chart.spots.map((row, k) => (
            <g key={k} className="trend-chart__points" fill={seriesStyle(k).colour}>
              {row.map((spot, i) => {
                if (!spot) return null
                const period = periods[i] as TrendPeriod
                const isActive = active?.period === i && (active.series === undefined || active.series === k)
                const key = `${i}:${k}`
                return (
                  <Link
                    key={key}
                    to="/"
                    search={pointSearch(k, period)}
                    data-point={key}
                    className="trend-chart__point"
                    aria-label={describePoint(period, k, series[k] as string, scale)}
                    tabIndex={tabStop.period === i && tabStop.series === k ? 0 : -1}
                    ref={(element) => {
                      if (element) points.current.set(key, element)
                      else points.current.delete(key)
                    }}
                    onFocus={() => {
                      setStop({ period: i, series: k })
                      setFocused(true)
                    }}
                    onBlur={() => setFocused(false)}
                    onKeyDown={(e) => onKeyDown(e, i, k)}
                  >
                    <circle className="trend-chart__hit" cx={spot.x} cy={spot.y} r={hitRadius} />
                    {showMarkers || isActive ? (
                      <path d={markerPath(k, isActive ? 90 : 30)} transform={`translate(${spot.x} ${spot.y})`} />
                    ) : null}
                  </Link>
                )
              })}
            </g>
          ))}
        </g>
      </svg>
    </div>
  )
}
