import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  buildTimeline,
  MAX_MONTH_BINS,
  MAX_SERIES,
  NONE_SERIES,
  OTHER_SERIES,
  type Timeline,
  type TimelineBin,
  type TimelineSeries,
  type TimelineStack,
  type TimelineUnit,
} from '../../../src/research/timeline-bins.ts'
import { timelineColumnsOf, type TimelineItem } from '../../fixtures/timeline-columns.ts'

// buildTimeline reads columns; these tests describe statements one by one.
const build = (list: Iterable<TimelineItem>, options?: Parameters<typeof buildTimeline>[1]) => buildTimeline(timelineColumnsOf(list), options)

// The straightforward implementation buildTimeline had before it was tuned for large result
// sets, kept as the reference the tuned one must match exactly; it has since learnt dates known
// only to the month ("2016-04", binned in that month) or to the year ("2016": counted apart
// from monthly bins, and spanning their whole year).
function referenceBuildTimeline(
  items: Iterable<TimelineItem>,
  options: { stack?: TimelineStack; label?: (series: string) => string } = {},
): Timeline {
  const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  const seriesOf = (item: TimelineItem, stack: TimelineStack): string => {
    if (stack === 'topic') return item.topics[0] ?? NONE_SERIES
    if (stack === 'speaker') return item.speakers[0]?.id ?? NONE_SERIES
    return NONE_SERIES
  }

  const stack = options.stack ?? 'none'
  const label = options.label ?? ((id: string) => id)
  const all = Array.from(items)
  if (all.length === 0) return { unit: 'month', bins: [], yearOnly: 0, series: [], total: 0 }

  const firstMonth = (date: string) => (date.length === 4 ? `${date}-01` : date.slice(0, 7))
  const lastMonth = (date: string) => (date.length === 4 ? `${date}-12` : date.slice(0, 7))
  let min = firstMonth(all[0]!.date)
  let max = lastMonth(all[0]!.date)
  for (const { date } of all) {
    if (firstMonth(date) < min) min = firstMonth(date)
    if (lastMonth(date) > max) max = lastMonth(date)
  }
  const [minY, minM] = [Number(min.slice(0, 4)), Number(min.slice(5, 7))]
  const [maxY, maxM] = [Number(max.slice(0, 4)), Number(max.slice(5, 7))]
  const spanMonths = (maxY - minY) * 12 + (maxM - minM) + 1
  const yearOnlyItems = all.filter((item) => item.date.length === 4).length
  const unit: TimelineUnit = spanMonths > MAX_MONTH_BINS || yearOnlyItems === all.length ? 'year' : 'month'
  const yearOnly = unit === 'month' ? yearOnlyItems : 0

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
    const s = seriesOf(item, stack)
    seriesTotals.set(s, (seriesTotals.get(s) ?? 0) + 1)
    if (unit === 'month' && item.date.length === 4) continue
    const i = index.get(unit === 'year' ? item.date.slice(0, 4) : item.date.slice(0, 7)) as number
    bins[i]!.total++
    perBin[i]!.set(s, (perBin[i]!.get(s) ?? 0) + 1)
  }

  let series: TimelineSeries[] = []
  let keep = new Set<string>()
  if (stack !== 'none') {
    const ranked = Array.from(seriesTotals, ([id, count]) => ({ id, label: id === NONE_SERIES ? `No ${stack}` : label(id), count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
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

  return { unit, bins, yearOnly, series, total: all.length }
}

const pad = (n: number) => String(n).padStart(2, '0')

const datesIn = (firstYear: number, years: number) =>
  fc
    .record({
      y: fc.integer({ min: firstYear, max: firstYear + years }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      // Mostly days, now and then a date known only to the month or the year.
      known: fc.constantFrom('day', 'day', 'day', 'day', 'month', 'year'),
    })
    .map(({ y, m, d, known }) => (known === 'year' ? `${y}` : known === 'month' ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`))
// Each list's dates fall in a span of years: mostly recent ones from a single year to a decade, so
// both sides of the MAX_MONTH_BINS cut-over (and the boundary itself) come up often; now and then
// any four-digit years, so every digit gets read.
const range = fc.oneof(
  { arbitrary: fc.record({ firstYear: fc.integer({ min: 1990, max: 2030 }), years: fc.constantFrom(0, 1, 2, 3, 5, 10) }), weight: 4 },
  { arbitrary: fc.record({ firstYear: fc.integer({ min: 1000, max: 9950 }), years: fc.integer({ min: 0, max: 49 }) }), weight: 1 },
)

// A small pool so series repeat, with "none" and "other" thrown in since they collide with the
// ids buildTimeline uses itself.
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'ab', 'ba', NONE_SERIES, OTHER_SERIES, 'Zed', 'zed')
const items = range.chain(({ firstYear, years }) =>
  fc.array(
    fc.record({
      date: datesIn(firstYear, years),
      topics: fc.array(ids, { maxLength: 3 }),
      speakers: fc.array(ids.map((id) => ({ id })), { maxLength: 3 }),
    }),
    { maxLength: 120 },
  ),
)
// Labels that keep ids apart, and ones that make several ids tie, to exercise the sort order.
const labels: Record<string, (id: string) => string> = {
  identity: (id) => id,
  upper: (id) => id.toUpperCase(),
  firstLetter: (id) => id.slice(0, 1).toLowerCase(),
  same: () => 'Same',
}
const stacks: TimelineStack[] = ['none', 'topic', 'speaker']

describe('timeline bins, tuned against the reference', () => {
  it('matches the reference for every stacking and label', () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(items, fc.constantFrom(...stacks), fc.constantFrom(...Object.keys(labels)), (list, stack, labelName) => {
        const label = labels[labelName]!
        const expected = referenceBuildTimeline(list, { stack, label })
        expect(build(list, { stack, label })).toEqual(expected)
        if (expected.total) seen.add(expected.unit)
        if (expected.series.at(-1)?.label.endsWith(' others')) seen.add('others')
      }),
      { numRuns: 600 },
    )
    // The generators reach the cases that matter.
    expect([...seen].sort()).toEqual(['month', 'others', 'year'])
  })

  it('matches the reference with the default options', () => {
    fc.assert(
      fc.property(items, (list) => {
        expect(build(list)).toEqual(referenceBuildTimeline(list))
        expect(build(list, { stack: 'topic' })).toEqual(referenceBuildTimeline(list, { stack: 'topic' }))
      }),
    )
  })

  it('matches the reference for items given as a one-shot iterable', () => {
    fc.assert(
      fc.property(items, fc.constantFrom(...stacks), (list, stack) => {
        function* once() {
          yield* list
        }
        expect(build(once(), { stack })).toEqual(referenceBuildTimeline(list, { stack }))
      }),
    )
  })

  it('matches the reference on a large result set', () => {
    const big = fc.sample(
      fc.record({
        date: datesIn(2021, 5),
        topics: fc.array(ids, { maxLength: 3 }),
        speakers: fc.array(fc.integer({ min: 0, max: 400 }).map((n) => ({ id: `speaker-${n}` })), { maxLength: 2 }),
      }),
      { numRuns: 15_000, seed: 42 },
    )
    for (const stack of stacks) {
      expect(build(big, { stack, label: labels.upper })).toEqual(referenceBuildTimeline(big, { stack, label: labels.upper }))
    }
  })
})
