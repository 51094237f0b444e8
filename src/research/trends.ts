import { dateStart } from '../corpus/partial-date.ts'

// How often words were used, period by period: for each series (a query in the search box's
// syntax), the statements that use it, against all statements in the period under the same
// filters, so that a year with twice the statements does not look like twice the use. Pure:
// document lists in, periods out; the search worker runs the queries.

export type TrendUnit = 'year' | 'month'

export interface TrendPeriod {
  /** "2016" or "2016-04". */
  key: string
  from: string
  to: string
  /** Statements in the period under the filters: the denominator. */
  total: number
  /** Per series, statements in the period that use it. */
  counts: number[]
}

export interface Trend {
  unit: TrendUnit
  periods: TrendPeriod[]
  /**
   * When the periods are months, statements dated only to the year cannot be placed in one:
   * they are counted here, per series, never put in January.
   */
  yearOnly: { total: number; counts: number[] }
}

/** Past this many months a trend is drawn per year: under three years, per month. */
export const MAX_MONTHS = 36

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/**
 * `base`: the statements the filters leave; `series`: for each series, those of them that use
 * it. `range`: the date filter, when one is set, else the span of `base`.
 */
export function buildTrend(
  dates: readonly string[],
  base: readonly number[],
  series: ReadonlyArray<readonly number[]>,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Trend {
  const empty = { unit: 'year' as const, periods: [], yearOnly: { total: 0, counts: series.map(() => 0) } }
  if (base.length === 0) return empty
  let min = range.from ?? '9999'
  let max = range.to ?? '0000'
  if (!range.from || !range.to) {
    for (const doc of base) {
      const start = dateStart(dates[doc] as string)
      if (!range.from && start < min) min = start
      if (!range.to && start > max) max = start
    }
  }
  const [minY, minM] = [Number(min.slice(0, 4)), Number(min.slice(5, 7) || 1)]
  const [maxY, maxM] = [Number(max.slice(0, 4)), Number(max.slice(5, 7) || 12)]
  const months = (maxY - minY) * 12 + (maxM - minM) + 1
  const everyDateYearOnly = base.every((doc) => (dates[doc] as string).length === 4)
  const unit: TrendUnit = months > MAX_MONTHS || everyDateYearOnly ? 'year' : 'month'

  const periods: TrendPeriod[] = []
  const index = new Map<string, number>()
  if (unit === 'year') {
    for (let y = minY; y <= maxY; y++) {
      index.set(String(y), periods.length)
      periods.push({ key: String(y), from: `${y}-01-01`, to: `${y}-12-31`, total: 0, counts: series.map(() => 0) })
    }
  } else {
    for (let i = 0; i < months; i++) {
      const y = minY + Math.floor((minM - 1 + i) / 12)
      const m = ((minM - 1 + i) % 12) + 1
      const key = `${y}-${pad(m)}`
      index.set(key, periods.length)
      periods.push({ key, from: `${key}-01`, to: `${key}-${pad(lastDay(y, m))}`, total: 0, counts: series.map(() => 0) })
    }
  }
  // Each statement's slot, found once from its date: series only hold statements of `base`
  // (the same filters), so counting them is a look-up in a typed array, not a date read again.
  const YEAR_ONLY = periods.length
  const OUTSIDE = -1
  const slotOf = new Int32Array(dates.length).fill(OUTSIDE)
  const totals = new Int32Array(periods.length + 1)
  for (const doc of base) {
    const date = dates[doc] as string
    const slot = unit === 'month' && date.length === 4 ? YEAR_ONLY : (index.get(unit === 'year' ? date.slice(0, 4) : date.slice(0, 7)) ?? OUTSIDE)
    slotOf[doc] = slot
    if (slot !== OUTSIDE) totals[slot] = (totals[slot] as number) + 1
  }
  const counts = series.map((docs) => {
    const perSlot = new Int32Array(periods.length + 1)
    for (const doc of docs) {
      const slot = slotOf[doc] as number
      if (slot !== OUTSIDE) perSlot[slot] = (perSlot[slot] as number) + 1
    }
    return perSlot
  })
  periods.forEach((period, i) => {
    period.total = totals[i] as number
    period.counts = counts.map((perSlot) => perSlot[i] as number)
  })
  const yearOnly = { total: totals[YEAR_ONLY] as number, counts: counts.map((perSlot) => perSlot[YEAR_ONLY] as number) }
  return { unit, periods, yearOnly }
}

/** A series' share of a period's statements, 0 when the period has none. */
export function share(period: Pick<TrendPeriod, 'total' | 'counts'>, k: number): number {
  return period.total ? (period.counts[k] as number) / period.total : 0
}
