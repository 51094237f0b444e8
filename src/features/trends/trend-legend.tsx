import { plural } from '../../lib/format-date.ts'
import type { Trend } from '../../research/trends.ts'
import { SeriesSwatch } from './series-style.tsx'
import { seriesTotal } from './trend-format.ts'

/** Which line is which, and how many statements each stands for in all. */
export function TrendLegend({ trend, series }: { trend: Trend; series: readonly string[] }) {
  return (
    <ul className="trend-legend" aria-label="Legend">
      {series.map((s, k) => {
        const total = seriesTotal(trend, k)
        return (
          <li key={s} className={total ? undefined : 'trend-legend__none'}>
            <SeriesSwatch k={k} />
            <span>
              <span className="trend-legend__name">{s}</span>{' '}
              <span className="trend-legend__count">{total ? plural(total, 'statement') : 'no statement uses it'}</span>
            </span>
          </li>
        )
      })}
    </ul>
  )
}
