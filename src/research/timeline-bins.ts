// Bins statement dates into a histogram by month, or by year when the range is long, and
// optionally splits each bar by topic or speaker. Pure: dates in, bars out.

import type { TimelineColumns } from '../search/search-types.ts'

export type TimelineUnit = 'month' | 'year'
export type TimelineStack = 'none' | 'topic' | 'speaker'

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
  /**
   * Statements dated only to the year, when the bins are months: counted here, never placed in
   * a month they may not belong to. Zero when the bins are years.
   */
  yearOnly: number
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

// buildTimeline runs on the main thread on every result set, often 10,000+ statements, while
// someone types. So it reads columns of integers (TimelineColumns), counts in typed arrays, and
// makes strings and objects per bin or per series, never per statement.
export function buildTimeline(
  columns: TimelineColumns,
  options: { stack?: TimelineStack; label?: (series: string) => string } = {},
): Timeline {
  const stack = options.stack ?? 'none'
  const label = options.label ?? ((id: string) => id)
  const n = columns.months.length
  if (n === 0) return { unit: 'month', bins: [], yearOnly: 0, series: [], total: 0 }

  // A statement counts once, under its first-listed topic or speaker, so the bars still add up
  // to the number of statements. Series are numbered afresh in order of first appearance, "none"
  // included, which the ranking below relies on for ties.
  const source = stack === 'topic' ? columns.topics : stack === 'speaker' ? columns.speakers : undefined
  const sourceIds = stack === 'topic' ? columns.topicIds : columns.speakerIds
  const codes = source ? new Int32Array(n) : undefined
  // A column's code + 1 (0 for none) to its series code; -1 until seen.
  const codeOf = new Int32Array(sourceIds.length + 1).fill(-1)
  const ids: string[] = []
  const seriesCode = new Map<string, number>()
  const seriesTotals: number[] = []
  const months = new Int32Array(n)
  // The span covers a year-only date's whole year, January to December.
  let minMonth = Infinity
  let maxMonth = -Infinity
  let yearOnly = 0
  for (let k = 0; k < n; k++) {
    const month = columns.months[k]!
    months[k] = month
    if (month < 0) {
      yearOnly++
      const first = (-1 - month) * 12
      if (first < minMonth) minMonth = first
      if (first + 11 > maxMonth) maxMonth = first + 11
    } else {
      if (month < minMonth) minMonth = month
      if (month > maxMonth) maxMonth = month
    }
    if (source && codes) {
      const slot = source[k]! + 1
      let code = codeOf[slot]!
      if (code < 0) {
        // Series are keyed by id, so a topic that is itself called "none" shares the slot of
        // statements with none, as it always has.
        const id = slot === 0 ? NONE_SERIES : sourceIds[slot - 1]!
        code = seriesCode.get(id) ?? -1
        if (code < 0) {
          code = ids.push(id) - 1
          seriesCode.set(id, code)
          seriesTotals.push(0)
        }
        codeOf[slot] = code
      }
      codes[k] = code
      seriesTotals[code]!++
    }
  }
  const minY = Math.floor(minMonth / 12)
  const minM = (minMonth % 12) + 1
  const maxY = Math.floor(maxMonth / 12)
  const spanMonths = maxMonth - minMonth + 1
  // Months only when there are months to show: an archive dated by years alone bins by year.
  const unit: TimelineUnit = spanMonths > MAX_MONTH_BINS || yearOnly === n ? 'year' : 'month'
  if (unit === 'year') yearOnly = 0

  const bins: TimelineBin[] = []
  if (unit === 'year') {
    for (let y = minY; y <= maxY; y++) {
      bins.push({ key: String(y), from: `${y}-01-01`, to: `${y}-12-31`, total: 0, segments: [] })
    }
  } else {
    for (let i = 0; i < spanMonths; i++) {
      const y = minY + Math.floor((minM - 1 + i) / 12)
      const m = ((minM - 1 + i) % 12) + 1
      const key = `${y}-${pad(m)}`
      bins.push({ key, from: `${key}-01`, to: `${key}-${pad(lastDayOfMonth(y, m))}`, total: 0, segments: [] })
    }
  }
  // Turn each month into its bin index, in place; -1 for a year-only date among months.
  if (unit === 'year') for (let k = 0; k < n; k++) months[k] = (months[k]! < 0 ? -1 - months[k]! : Math.floor(months[k]! / 12)) - minY
  else for (let k = 0; k < n; k++) months[k] = months[k]! < 0 ? -1 : months[k]! - minMonth
  const binOf = months

  if (!codes) {
    const totals = new Int32Array(bins.length)
    for (let k = 0; k < n; k++) if (binOf[k]! >= 0) totals[binOf[k]!]!++
    bins.forEach((bin, i) => {
      bin.total = totals[i]!
      bin.segments = bin.total ? [{ series: NONE_SERIES, count: bin.total }] : []
    })
    return { unit, bins, yearOnly, series: [], total: n }
  }

  // Rank the series. The sort is stable and codes follow first appearance, so equal counts and
  // labels keep the order the statements brought them in.
  const ranked = ids
    .map((id, code) => ({ id, label: id === NONE_SERIES ? `No ${stack}` : label(id), count: seriesTotals[code]! }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  // Five named series and "other"; a sixth lone series keeps its own name instead.
  const named = ranked.length <= MAX_SERIES + 1 ? ranked : ranked.slice(0, MAX_SERIES)
  const keep = new Set(named.map((s) => s.id))
  const rest = ranked.length - named.length
  const series: TimelineSeries[] = rest
    ? [...named, { id: OTHER_SERIES, label: `${rest} others`, count: ranked.slice(MAX_SERIES).reduce((sum, s) => sum + s.count, 0) }]
    : named

  // Every series goes to a slot: its own if named, else the shared "other" one. Slots are keyed by
  // id, so a topic that is itself called "other" shares the slot, as segments are keyed by id.
  const slotOf = new Map<string, number>()
  for (const s of series) if (!slotOf.has(s.id)) slotOf.set(s.id, slotOf.size)
  const slots = slotOf.size
  const slotOfCode = Int32Array.from(ids, (id) => slotOf.get(keep.has(id) ? id : OTHER_SERIES)!)
  const seriesSlots = series.map((s) => slotOf.get(s.id)!)

  // Counts per bin and slot, in one flat array: bin i's slots start at i * slots.
  const counts = new Int32Array(bins.length * slots)
  for (let k = 0; k < n; k++) if (binOf[k]! >= 0) counts[binOf[k]! * slots + slotOfCode[codes[k]!]!]!++

  bins.forEach((bin, i) => {
    const segments: TimelineSegment[] = []
    let total = 0
    for (let slot = 0; slot < slots; slot++) total += counts[i * slots + slot]!
    series.forEach((s, j) => {
      const count = counts[i * slots + seriesSlots[j]!]!
      if (count) segments.push({ series: s.id, count })
    })
    bin.total = total
    bin.segments = segments
  })

  return { unit, bins, yearOnly, series, total: n }
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
