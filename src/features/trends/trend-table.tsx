import { useId } from 'react'
import { share, type Trend } from '../../research/trends.ts'
import { describeSpan, formatShare, periodLabel } from './trend-format.ts'
import { formatCount } from '../../lib/format-date.ts'

/** The chart's numbers as a table: to read with a screen reader, or to copy into a paper. */
export function TrendTable({ trend, series }: { trend: Trend; series: readonly string[] }) {
  const { yearOnly } = trend
  const captionId = useId()
  return (
    // Focusable, so that the keyboard can scroll a long table.
    <div className="trend-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          Statements using each term, {describeSpan(trend)}, and their share of all statements in the {trend.unit}
        </caption>
        <thead>
          <tr>
            <th scope="col">{trend.unit === 'year' ? 'Year' : 'Month'}</th>
            {series.map((s) => [
              <th key={`${s} count`} scope="col">
                {s}: statements
              </th>,
              <th key={`${s} share`} scope="col">
                {s}: share
              </th>,
            ])}
            <th scope="col">All statements</th>
          </tr>
        </thead>
        <tbody>
          {trend.periods.map((p) => (
            <tr key={p.key}>
              <th scope="row">{periodLabel(p)}</th>
              {series.map((s, k) => [
                <td key={`${s} count`}>{formatCount(p.counts[k] as number)}</td>,
                <td key={`${s} share`}>{p.total ? formatShare(share(p, k)) : '—'}</td>,
              ])}
              <td>{formatCount(p.total)}</td>
            </tr>
          ))}
        </tbody>
        {trend.unit === 'month' && yearOnly.total ? (
          <tfoot>
            <tr>
              <th scope="row">Dated only to the year</th>
              {series.map((s, k) => [
                <td key={`${s} count`}>{formatCount(yearOnly.counts[k] as number)}</td>,
                <td key={`${s} share`}>{formatShare(share(yearOnly, k))}</td>,
              ])}
              <td>{formatCount(yearOnly.total)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
      <p className="trend-table__note">
        A statement counts once in its {trend.unit}, however often it uses the term; the share is of all the statements of the{' '}
        {trend.unit} that the filters leave.
      </p>
    </div>
  )
}
