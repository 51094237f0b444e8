import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { plural } from '../../lib/format-date.ts'
import { today } from '../../lib/today.ts'
import { describeSearch } from '../../research/search-feed.ts'
import type { Trend } from '../../research/trends.ts'
import { hasFilters, normalizeSearchParams, type SearchParams } from '../../search/search-params.ts'
import { trendQueryOptions } from '../../service/search-queries.ts'
import { downloadFile } from '../export/download-file.ts'
import { IgnoredParamsNotice } from '../layout/ignored-params-notice.tsx'
import { useArchive } from '../search/use-search-state.ts'
import { SeriesEditor } from './series-editor.tsx'
import { TrendChart } from './trend-chart.tsx'
import { trendCsv, trendFileName } from './trend-csv.ts'
import { describeSpan, type TrendScale } from './trend-format.ts'
import { TrendLegend } from './trend-legend.tsx'
import { filtersOf, searchOfPoint, searchOfSeries, trendRequest } from './trend-request.ts'
import { TrendTable } from './trend-table.tsx'
import './trends.css'

const route = getRouteApi('/trends')

type Update = (update: (prev: SearchParams) => SearchParams) => void

/** How often terms are used over time, against all the statements the filters leave. */
export function TrendsPage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { catalog } = useArchive()
  const update: Update = (fn) => void navigate({ search: (prev) => normalizeSearchParams(fn(prev)) })
  const series = search.terms ?? []
  const filters = filtersOf(search)
  const first = series[0]

  return (
    <div className="page trends-page">
      <IgnoredParamsNotice />
      <nav className="breadcrumb" aria-label="Breadcrumb">
        {first ? (
          <Link to="/" search={searchOfSeries(first, search)}>
            ← Search for “{first}”
          </Link>
        ) : (
          <Link to="/" search={filters}>
            ← All statements
          </Link>
        )}
      </nav>
      <header className="trends-page__header">
        <h1>Trends</h1>
        <p className="trends-page__lede">
          Each line follows a term: the share of each period’s statements that use it, or their number.
          {hasFilters(filters) ? (
            <>
              {' '}
              Under the filters: {describeSearch(filters, catalog)}.{' '}
              <Link to="/trends" search={normalizeSearchParams({ terms: search.terms, scale: search.scale })}>
                Clear the filters
              </Link>
            </>
          ) : null}
        </p>
      </header>
      <SeriesEditor series={series} onChange={(terms) => update((prev) => ({ ...prev, terms }))} />
      {series.length ? (
        <TrendView search={search} series={series} update={update} />
      ) : (
        <p className="trends-page__empty">Add a term to see how often the statements use it over time.</p>
      )}
    </div>
  )
}

function TrendView({ search, series, update }: { search: SearchParams; series: string[]; update: Update }) {
  const archive = useArchive()
  const { data: trend } = useSuspenseQuery(trendQueryOptions(archive, trendRequest(search)))
  const scale: TrendScale = search.scale ?? 'share'
  const headingId = useId()
  const scaleId = useId()
  if (trend.periods.length === 0) {
    return <p className="trends-page__empty">No statement is left by these filters.</p>
  }
  return (
    <section className="trend" aria-labelledby={headingId}>
      <div className="trend__toolbar">
        <h2 id={headingId} className="trend__heading">
          {scale === 'share' ? 'Share of statements' : 'Statements'} using each term, {describeSpan(trend)}
        </h2>
        <div className="trend__actions">
          <div className="trend__scale" role="group" aria-labelledby={scaleId}>
            <span id={scaleId} className="trend__scale-label">
              Scale
            </span>
            <button type="button" className="chip" aria-pressed={scale === 'share'} onClick={() => update((prev) => ({ ...prev, scale: undefined }))}>
              Share
            </button>
            <button type="button" className="chip" aria-pressed={scale === 'count'} onClick={() => update((prev) => ({ ...prev, scale: 'count' }))}>
              Count
            </button>
          </div>
          <ExportCsv trend={trend} series={series} />
        </div>
      </div>
      {trend.unit === 'month' && trend.yearOnly.total ? (
        <p className="trend__note">
          {plural(trend.yearOnly.total, 'statement')} dated only to the year {trend.yearOnly.total === 1 ? 'is' : 'are'} not in these
          monthly points (the table counts {trend.yearOnly.total === 1 ? 'it' : 'them'} apart). A point’s search lists{' '}
          {trend.yearOnly.total === 1 ? 'it' : 'them'} too, since a year takes in each of its months.
        </p>
      ) : null}
      <TrendLegend trend={trend} series={series} />
      <TrendChart trend={trend} series={series} scale={scale} pointSearch={(k, period) => searchOfPoint(series[k] as string, period, search)} />
      <TrendTable trend={trend} series={series} />
    </section>
  )
}

function ExportCsv({ trend, series }: { trend: Trend; series: readonly string[] }) {
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true)
        try {
          downloadFile(trendFileName(series, today()), await trendCsv(trend, series), 'text/csv;charset=utf-8')
        } finally {
          setBusy(false)
        }
      }}
    >
      Export CSV
    </button>
  )
}
