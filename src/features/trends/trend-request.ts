import type { TrendPeriod } from '../../research/trends.ts'
import { FACETS } from '../../search/facets.ts'
import { normalizeSearchParams, toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import type { TrendRequest } from '../../search/search-types.ts'

// How a trend's address, the search page's address and the trend service's request map onto
// each other. Pure and small: the search page's toolbar links here, so none of the chart's code
// comes with it.

/** The filters of a search or a trend: every facet and the dates, without words, sort or view. */
export function filtersOf(params: SearchParams): SearchParams {
  const filters: SearchParams = {}
  for (const facet of FACETS) if (params[facet.key]?.length) filters[facet.key] = params[facet.key]
  if (params.from) filters.from = params.from
  if (params.to) filters.to = params.to
  return filters
}

/** What the trend service is asked for the page's address. */
export function trendRequest(params: SearchParams): TrendRequest {
  const { q: _q, sort: _sort, ...filters } = toSearchQuery(filtersOf(params))
  return { series: params.terms ?? [], filters }
}

/**
 * A query as one series. Series are listed with commas between them, so a comma outside quotes
 * would split it in two; to the query syntax a comma is punctuation, as a space is.
 */
export function asSeries(q: string): string {
  let quoted = false
  let out = ''
  for (const c of q) {
    if (c === '"') quoted = !quoted
    out += c === ',' && !quoted ? ' ' : c
  }
  return out.replace(/\s+/g, ' ').trim()
}

/** The trend of a search's query, under the same filters: where "Trend over time" goes. */
export function trendOfSearch(params: SearchParams): SearchParams {
  return normalizeSearchParams({ ...filtersOf(params), terms: params.q ? [asSeries(params.q)] : [] })
}

/** The search for one series, under the trend's filters. */
export function searchOfSeries(series: string, params: SearchParams): SearchParams {
  return normalizeSearchParams({ ...filtersOf(params), q: series })
}

/**
 * The search behind one point: the series, in the period, under the trend's filters. A date
 * filter that starts or ends inside the period narrows it, as it narrowed the count.
 */
export function searchOfPoint(series: string, period: Pick<TrendPeriod, 'from' | 'to'>, params: SearchParams): SearchParams {
  const filters = filtersOf(params)
  const from = filters.from && filters.from > period.from ? filters.from : period.from
  const to = filters.to && filters.to < period.to ? filters.to : period.to
  return normalizeSearchParams({ ...filters, q: series, from, to })
}
