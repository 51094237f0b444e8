// Bins statement dates into a histogram by month, or by year when the range is long, and
// optionally splits each bar by topic or speaker. Pure: dates in, bars out.

export type TimelineUnit = 'month' | 'year'
export type TimelineStack = 'none' | 'topic' | 'speaker'

export interface TimelineItem {
  date: string
  topics: readonly string[]
  speakers: readonly { id: string }[]
}

export interface TimelineSegment {
  series: string
  count: number
}

export interface TimelineBin {
  /** "2016-04" for a month, "2016" for a year. */
  key: string
  from: string
  to: string
  total: number
  segments: TimelineSegment[]
}

export interface TimelineSeries {
  id: string
  label: string
  count: number
}

export interface Timeline {
  unit: TimelineUnit
  bins: TimelineBin[]
  /** The stacked series, largest first; "other" gathers the rest. Empty when not stacked. */
  series: TimelineSeries[]
  total: number
}

/** Past this many months a month-by-month chart turns into a comb; years read better. */
export const MAX_MONTH_BINS = 36
export const MAX_SERIES = 5
export const OTHER_SERIES = 'other'
export const NONE_SERIES = 'none'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number) => String(n).padStart(2, '0')

function seriesOf(item: TimelineItem, stack: TimelineStack): string {
  // A statement counts once, under its first-listed topic or speaker, so the bars still add up
  // to the number of statements.
  if (stack === 'topic') return item.topics[0] ?? NONE_SERIES
  if (stack === 'speaker') return item.speakers[0]?.id ?? NONE_SERIES
  return NONE_SERIES
}

export function buildTimeline(
  items: Iterable<TimelineItem>,
  options: { stack?: TimelineStack; label?: (series: string) => string } = {},
): Timeline {
  const stack = options.stack ?? 'none'
  const label = options.label ?? ((id: string) => id)
  const all = Array.from(items)
  if (all.length === 0) return { unit: 'month', bins: [], series: [], total: 0 }

  let min = all[0]!.date
  let max = min
  for (const { date } of all) {
    if (date < min) min = date
    if (date > max) max = date
  }
  const [minY, minM] = [Number(min.slice(0, 4)), Number(min.slice(5, 7))]
  const [maxY, maxM] = [Number(max.slice(0, 4)), Number(max.slice(5, 7))]
  const spanMonths = (maxY - minY) * 12 + (maxM - minM) + 1
  const unit: TimelineUnit = spanMonths > MAX_MONTH_BINS ? 'year' : 'month'

  const bins: TimelineBin[] = []
  const index = new Map<string, number>()
  if (unit === 'year') {
    for (let y = minY; y <= maxY; y++) {
      index.set(String(y), bins.length)
      bins.push({ key: String(y), from: `${y}-01-01`, to: `${y}-12-31`, total: 0, segments: [] })
    }
  } else {
    for (let n = 0; n < spanMonths; n++) {
      const y = minY + Math.floor((minM - 1 + n) / 12)
      const m = ((minM - 1 + n) % 12) + 1
      const key = `${y}-${pad(m)}`
      index.set(key, bins.length)
      bins.push({ key, from: `${key}-01`, to: `${key}-${pad(lastDayOfMonth(y, m))}`, total: 0, segments: [] })
    }
  }

  const seriesTotals = new Map<string, number>()
  const perBin = bins.map(() => new Map<string, number>())
  for (const item of all) {
    const i = index.get(unit === 'year' ? item.date.slice(0, 4) : item.date.slice(0, 7)) as number
    const s = seriesOf(item, stack)
    bins[i]!.total++
    perBin[i]!.set(s, (perBin[i]!.get(s) ?? 0) + 1)
    seriesTotals.set(s, (seriesTotals.get(s) ?? 0) + 1)
  }

  let series: TimelineSeries[] = []
  let keep = new Set<string>()
  if (stack !== 'none') {
    const ranked = Array.from(seriesTotals, ([id, count]) => ({ id, label: id === NONE_SERIES ? `No ${stack}` : label(id), count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    // Five named series and "other"; a sixth lone series keeps its own name instead.
    const named = ranked.length <= MAX_SERIES + 1 ? ranked : ranked.slice(0, MAX_SERIES)
    keep = new Set(named.map((s) => s.id))
    const rest = ranked.length - named.length
    series = rest
      ? [...named, { id: OTHER_SERIES, label: `${rest} others`, count: ranked.slice(MAX_SERIES).reduce((n, s) => n + s.count, 0) }]
      : named
  }

  bins.forEach((bin, i) => {
    if (stack === 'none') {
      bin.segments = bin.total ? [{ series: NONE_SERIES, count: bin.total }] : []
      return
    }
    const counts = new Map<string, number>()
    for (const [s, count] of perBin[i]!) {
      const key = keep.has(s) ? s : OTHER_SERIES
      counts.set(key, (counts.get(key) ?? 0) + count)
    }
    bin.segments = series.filter((s) => counts.has(s.id)).map((s) => ({ series: s.id, count: counts.get(s.id) as number }))
  })

  return { unit, bins, series, total: all.length }
}

/** "April 2016" or "2016". */
export function binLabel(bin: TimelineBin, unit: TimelineUnit): string {
  if (unit === 'year') return bin.key
  return `${MONTHS[Number(bin.key.slice(5, 7)) - 1]} ${bin.key.slice(0, 4)}`
}

/** "Apr 2016" for axis ticks. */
export function binShortLabel(bin: TimelineBin, unit: TimelineUnit): string {
  if (unit === 'year') return bin.key
  return `${MONTHS[Number(bin.key.slice(5, 7)) - 1]!.slice(0, 3)} ${bin.key.slice(0, 4)}`
}

/** The accessible name: what the chart shows, over which years, and where it peaks. */
export function describeTimeline(timeline: Timeline): string {
  const { bins, unit } = timeline
  if (bins.length === 0) return 'Timeline: no statements'
  const first = bins[0]!.key.slice(0, 4)
  const last = bins.at(-1)!.key.slice(0, 4)
  const years = first === last ? first : `${first}–${last}`
  const peak = bins.reduce((a, b) => (b.total > a.total ? b : a))
  return `Timeline: statements per ${unit}, ${years}. Most in ${binLabel(peak, unit)}: ${peak.total}.`
}

/** The date filter for a click on one bar or a brush across several, in either direction. */
export function rangeOfBins(timeline: Timeline, a: number, b: number): { from: string; to: string } | undefined {
  const start = timeline.bins[Math.min(a, b)]
  const end = timeline.bins[Math.max(a, b)]
  return start && end ? { from: start.from, to: end.to } : undefined
}
