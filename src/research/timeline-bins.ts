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

function seriesOf(item: TimelineItem, stack: TimelineStack): string {
  // A statement counts once, under its first-listed topic or speaker, so the bars still add up
  // to the number of statements.
  if (stack === 'topic') return item.topics[0] ?? NONE_SERIES
  if (stack === 'speaker') return item.speakers[0]?.id ?? NONE_SERIES
  return NONE_SERIES
}

const DIGIT_0 = 48

function yearOf(date: string): number {
  return (
    (date.charCodeAt(0) - DIGIT_0) * 1000 +
    (date.charCodeAt(1) - DIGIT_0) * 100 +
    (date.charCodeAt(2) - DIGIT_0) * 10 +
    (date.charCodeAt(3) - DIGIT_0)
  )
}

/**
 * Months since year 0 (year * 12 + month - 1) of a "yyyy-mm-dd" or "yyyy-mm" date, read from its
 * character codes: this runs per statement while someone types, so it makes no strings. A date
 * known only to the year ("yyyy") has no month: -1.
 */
function monthNumber(date: string): number {
  if (date.length < 7) return -1
  const month = (date.charCodeAt(5) - DIGIT_0) * 10 + (date.charCodeAt(6) - DIGIT_0)
  return yearOf(date) * 12 + month - 1
}

// buildTimeline runs on the main thread on every result set, often 10,000+ statements, while
// someone types. So the per-statement loops only read characters and count in typed arrays (plus,
// when stacked, one Map lookup to turn the series id into a small code); strings and objects are
// made per bin or per series, never per statement, to spare the garbage collector.
export function buildTimeline(
  items: Iterable<TimelineItem>,
  options: { stack?: TimelineStack; label?: (series: string) => string } = {},
): Timeline {
  const stack = options.stack ?? 'none'
  const label = options.label ?? ((id: string) => id)
  // Result sets are arrays already; copy only other iterables, which may be one-shot.
  const all: readonly TimelineItem[] = Array.isArray(items) ? items : Array.from(items)
  const n = all.length
  if (n === 0) return { unit: 'month', bins: [], yearOnly: 0, series: [], total: 0 }

  // Each statement's month, and with stacking its series as a small integer code (numbered in
  // order of first appearance, which the ranking below relies on for ties).
  const months = new Int32Array(n)
  const codes = stack === 'none' ? undefined : new Int32Array(n)
  const codeOf = new Map<string, number>()
  const ids: string[] = []
  const seriesTotals: number[] = []
  // The span covers a year-only date's whole year, January to December.
  let minMonth = Infinity
  let maxMonth = -Infinity
  let yearOnly = 0
  for (let k = 0; k < n; k++) {
    const item = all[k]!
    const month = monthNumber(item.date)
    months[k] = month
    if (month < 0) {
      yearOnly++
      const first = yearOf(item.date) * 12
      if (first < minMonth) minMonth = first
      if (first + 11 > maxMonth) maxMonth = first + 11
    } else {
      if (month < minMonth) minMonth = month
      if (month > maxMonth) maxMonth = month
    }
    if (codes) {
      const id = seriesOf(item, stack)
      let code = codeOf.get(id)
      if (code === undefined) {
        code = ids.length
        codeOf.set(id, code)
        ids.push(id)
        seriesTotals.push(0)
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
  if (unit === 'year') for (let k = 0; k < n; k++) months[k] = yearOf(all[k]!.date) - minY
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
