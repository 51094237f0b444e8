import { downloadName } from '../../lib/download-name.ts'
import { share, type Trend } from '../../research/trends.ts'

// A trend as a table for a spreadsheet: one row per period, the series' counts and shares side
// by side, the share as a fraction (0.032, not "3.2%") so that it computes.

export interface TrendTable {
  fields: string[]
  rows: Array<Array<string | number>>
}

const fraction = (value: number) => Number(value.toFixed(6))

export function trendTable(trend: Trend, series: readonly string[]): TrendTable {
  const fields = ['period', 'from', 'to', 'total', ...series.flatMap((s) => [`${s} count`, `${s} share`])]
  const rows = trend.periods.map((p) => [
    p.key,
    p.from,
    p.to,
    p.total,
    ...series.flatMap((_, k) => [p.counts[k] as number, p.total ? fraction(share(p, k)) : '']),
  ])
  const { yearOnly } = trend
  if (trend.unit === 'month' && yearOnly.total > 0) {
    // Not in any month: a row of their own, so that the file adds up to what the filters leave.
    rows.push([
      'dated only to the year',
      '',
      '',
      yearOnly.total,
      ...series.flatMap((_, k) => [yearOnly.counts[k] as number, fraction(share(yearOnly, k))]),
    ])
  }
  return { fields, rows }
}

/** The CSV text; papaparse is fetched on first use, since few visits export. */
export async function trendCsv(trend: Trend, series: readonly string[]): Promise<string> {
  const { default: Papa } = await import('papaparse')
  const { fields, rows } = trendTable(trend, series)
  // A series is typed by the reader and may start with - (an exclusion), which a spreadsheet
  // would run as a formula.
  return Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\r\n' })
}

/** "trend-cyber-nuclear-weapons-2026-05-03.csv" */
export function trendFileName(series: readonly string[], day: string): string {
  return downloadName('trend', series.join(' '), day, 'csv')
}
