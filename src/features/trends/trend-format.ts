import { formatDate, plural, formatCount } from '../../lib/format-date.ts'
import { share, type Trend, type TrendPeriod, type TrendUnit } from '../../research/trends.ts'

// A trend's numbers in words, the same in the chart's readout, its points' names, the table
// and the page's summary.

export type TrendScale = 'share' | 'count'

const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })

/** "2016", or "April 2016" for a month. */
export function periodLabel(period: Pick<TrendPeriod, 'key'>): string {
  return formatDate(period.key)
}

/** An x-axis tick: "2016"; a month as "Apr", or "Jan 2016" where a year begins. */
export function tickLabel(period: Pick<TrendPeriod, 'key'>, unit: TrendUnit, withYear: boolean): string {
  if (unit === 'year') return period.key
  const month = SHORT_MONTH.format(new Date(`${period.key}-01T00:00:00Z`))
  return withYear ? `${month} ${period.key.slice(0, 4)}` : month
}

/** A share as a percentage with one decimal: "3.2%"; a share too small for that, "<0.1%". */
export function formatShare(fraction: number): string {
  if (fraction === 0) return '0%'
  const percent = fraction * 100
  if (percent < 0.05) return '<0.1%'
  return `${percent.toFixed(1)}%`
}

/** A series' value in a period: "cyber 3.2% (12 of 375 statements)", led by the count on that scale. */
function pointValue(period: TrendPeriod, k: number, series: string, scale: TrendScale): string {
  const count = period.counts[k] as number
  const percent = formatShare(share(period, k))
  if (scale === 'count') return `${series} ${plural(count, 'statement')} (${percent} of ${formatCount(period.total)})`
  return `${series} ${percent} (${formatCount(count)} of ${plural(period.total, 'statement')})`
}

/** One point: "2016: cyber 3.2% (12 of 375 statements)". */
export function describePoint(period: TrendPeriod, k: number, series: string, scale: TrendScale): string {
  if (period.total === 0) return `${periodLabel(period)}: ${series}, no statements in this ${period.key.length === 4 ? 'year' : 'month'}`
  return `${periodLabel(period)}: ${pointValue(period, k, series, scale)}`
}

/** Every series in one period, briefly, for the readout while the pointer is over it. */
export function describePeriod(period: TrendPeriod, series: readonly string[], scale: TrendScale): string {
  if (period.total === 0) return `${periodLabel(period)}: no statements`
  const values = series.map((s, k) => {
    const count = formatCount(period.counts[k] as number)
    const percent = formatShare(share(period, k))
    return scale === 'count' ? `${s} ${count} (${percent})` : `${s} ${percent} (${count})`
  })
  return `${periodLabel(period)}, ${plural(period.total, 'statement')}: ${values.join('; ')}`
}

/** Statements using the series anywhere in the trend, those dated only to the year included. */
export function seriesTotal(trend: Trend, k: number): number {
  return trend.periods.reduce((n, p) => n + (p.counts[k] as number), 0) + (trend.yearOnly.counts[k] as number)
}

/** "per year, 1946–2024" or "per month, January–December 2016". */
export function describeSpan(trend: Trend): string {
  const first = trend.periods[0]
  const last = trend.periods.at(-1)
  if (!first || !last) return ''
  if (trend.unit === 'year') return `per year, ${first.key === last.key ? first.key : `${first.key}–${last.key}`}`
  if (first.key === last.key) return `per month, ${periodLabel(first)}`
  return `per month, ${periodLabel(first)} – ${periodLabel(last)}`
}
