import { isRealDate } from '../corpus/partial-date.ts'
import { FACETS, type FacetKey } from './facets.ts'
import { MAX_QUERY_LENGTH, normalizeQueryText } from './query-text.ts'
import { PASSAGE_ORDERS, SORT_ORDERS, type PassageOrder, type SearchQuery, type SortOrder } from './search-types.ts'

// The URL is the single source of truth for a search. This module turns the raw query string
// into a valid state (dropping what it cannot use, and saying so) and back into a readable one:
// `?q=cyber+defence&speaker=a,b&topic=eu-nato&type=statement&from=2016-01-01&sort=oldest`.
// Each facet's key and rules come from the facet table (facets.ts).

/** The search state as it lives in the URL: every key optional, defaults left out. */
export type SearchParams = { [K in FacetKey]?: string[] } & {
  q?: string
  from?: string
  to?: string
  sort?: SortOrder
  /** The search page's view: the result list (default) or every passage in context. */
  view?: 'passages'
  /** The order of passages; `oldest` is the default. */
  order?: PassageOrder
  /** A trend's series, each a query in the search box's syntax. */
  terms?: string[]
  /** A trend's scale: the share of statements (default) or their count. */
  scale?: 'count'
}

const KNOWN_KEYS: readonly string[] = ['q', ...FACETS.map((f) => f.key), 'from', 'to', 'sort', 'view', 'order', 'terms', 'scale']
/** A trend compares at most this many series, so its lines stay tellable apart. */
export const MAX_TREND_SERIES = 6
const MAX_VALUES = 50

export interface IgnoredParam {
  param: string
  value: string
  reason: string
}

/** What the archive holds; without it, ids are checked for shape only. */
export interface Vocabulary {
  has(facet: FacetKey, id: string): boolean
}

export interface ParsedSearch {
  params: SearchParams
  ignored: IgnoredParam[]
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(asString).filter((v) => v !== undefined).join(',')
  return undefined
}

function splitList(value: string): string[] {
  return Array.from(new Set(value.split(',').map((v) => v.trim()).filter(Boolean)))
}

export function defaultSort(params: Pick<SearchParams, 'q'>): SortOrder {
  return params.q ? 'relevance' : 'newest'
}

/**
 * Any input yields a valid state. Unknown keys, malformed values and ids the archive does not
 * know are dropped, each with a reason the page can show.
 */
export function parseSearchParams(raw: Record<string, unknown>, vocabulary?: Vocabulary): ParsedSearch {
  const params: SearchParams = {}
  const ignored: IgnoredParam[] = []
  const ignore = (param: string, value: string, reason: string) => ignored.push({ param, value, reason })

  for (const [key, rawValue] of Object.entries(raw)) {
    const value = asString(rawValue)
    if (!KNOWN_KEYS.includes(key)) {
      ignore(key, value ?? '', 'is not a search option')
    } else if (value === undefined) {
      ignore(key, '', 'has no usable value')
    }
  }

  const q = normalizeQueryText(asString(raw.q) ?? '')
  if (q) {
    if (q.length > MAX_QUERY_LENGTH) ignore('q', `${q.slice(0, 40)}…`, `is longer than ${MAX_QUERY_LENGTH} characters`)
    else params.q = q
  }

  for (const facet of FACETS) {
    const value = asString(raw[facet.key])
    if (value === undefined) continue
    const kept: string[] = []
    for (const id of splitList(value)) {
      if (facet.known === 'archive') {
        if (!facet.pattern.test(id)) ignore(facet.key, id, `is not a valid ${facet.noun} id`)
        else if (vocabulary && !vocabulary.has(facet.key, id)) ignore(facet.key, id, `is not a ${facet.noun} in this archive`)
        else if (kept.length >= MAX_VALUES) ignore(facet.key, id, `is past the limit of ${MAX_VALUES} values`)
        else kept.push(id)
      } else if (!facet.known.ids.includes(id)) {
        ignore(facet.key, id, `is not a ${facet.noun}`)
      } else kept.push(id)
    }
    if (kept.length) params[facet.key] = kept
  }

  for (const param of ['from', 'to'] as const) {
    const value = asString(raw[param])?.trim()
    if (!value) continue
    if (isRealDate(value)) params[param] = value
    else ignore(param, value, 'is not a date in the form YYYY-MM-DD')
  }
  if (params.from && params.to && params.from > params.to) {
    ignore('to', params.to, `is before the start date ${params.from}`)
    delete params.to
  }

  const sort = asString(raw.sort)
  if (sort !== undefined && sort !== '') {
    if ((SORT_ORDERS as readonly string[]).includes(sort)) {
      // The default for this query is left out of the URL, so one view has one address.
      if (sort !== defaultSort(params)) params.sort = sort as SortOrder
    } else {
      ignore('sort', sort, 'is not a sort order (relevance, newest or oldest)')
    }
  }
  const view = asString(raw.view)
  if (view) {
    if (view === 'passages') params.view = 'passages'
    else ignore('view', view, 'is not a view (passages)')
  }
  const order = asString(raw.order)
  if (order) {
    if (!(PASSAGE_ORDERS as readonly string[]).includes(order)) ignore('order', order, 'is not an order of passages (oldest, newest, before or after)')
    else if (order !== 'oldest') params.order = order as PassageOrder
  }
  const terms = asString(raw.terms)
  if (terms !== undefined) {
    const kept: string[] = []
    for (const term of splitSeries(terms)) {
      if (term.length > MAX_QUERY_LENGTH) ignore('terms', `${term.slice(0, 40)}…`, `is longer than ${MAX_QUERY_LENGTH} characters`)
      else if (kept.includes(term)) continue
      else if (kept.length >= MAX_TREND_SERIES) ignore('terms', term, `is past the limit of ${MAX_TREND_SERIES} series`)
      else kept.push(term)
    }
    if (kept.length) params.terms = kept
  }
  const scale = asString(raw.scale)
  if (scale) {
    if (scale === 'count') params.scale = 'count'
    else if (scale !== 'share') ignore('scale', scale, 'is not a scale (share or count)')
  }
  return { params, ignored }
}

/** Series separated by commas outside quotes: `cyber,"rules-based, international order"`. */
export function splitSeries(value: string): string[] {
  const out: string[] = []
  let current = ''
  let quoted = false
  for (const c of value) {
    if (c === '"') quoted = !quoted
    if (c === ',' && !quoted) {
      out.push(current)
      current = ''
    } else current += c
  }
  out.push(current)
  return out.map(normalizeQueryText).filter(Boolean)
}

/** For the route's `validateSearch`: the same rules, without the notice. */
export function validateSearchParams(raw: Record<string, unknown>): SearchParams {
  return parseSearchParams(raw).params
}

export function toSearchQuery(params: SearchParams): SearchQuery {
  const query: SearchQuery = {
    q: params.q ?? '',
    ...(Object.fromEntries(FACETS.map((f) => [f.key, params[f.key] ?? []])) as Record<FacetKey, string[]>),
    from: params.from,
    to: params.to,
    sort: params.sort ?? defaultSort(params),
  }
  return query
}

/** What a speaker's or topic's page lists: every statement with this value, newest first. */
export function profileQuery(facet: FacetKey, id: string): SearchQuery {
  return { ...toSearchQuery({ [facet]: [id] }), sort: 'newest' }
}

/** Drops empty values and default sorts, so the same view always has the same URL. */
export function normalizeSearchParams(params: SearchParams): SearchParams {
  return parseSearchParams(params as Record<string, unknown>).params
}

/** How many filters are set: each facet value, and each end of the date range. */
export function activeFilterCount(params: SearchParams): number {
  return FACETS.reduce((n, f) => n + (params[f.key]?.length ?? 0), 0) + (params.from ? 1 : 0) + (params.to ? 1 : 0)
}

export function hasFilters(params: SearchParams): boolean {
  return activeFilterCount(params) > 0
}

/** The search without its filters: what "Clear all filters" leaves. */
export function withoutFilters(params: SearchParams): SearchParams {
  return { ...(params.q ? { q: params.q } : {}), ...(params.sort ? { sort: params.sort } : {}) }
}

// -- The query string itself ------------------------------------------------------------------

// Commas, colons and slashes are left readable; spaces become "+".
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%20/g, '+')
}

/** Router `stringifySearch`: arrays as comma lists, never JSON. */
export function stringifySearch(search: Record<string, unknown>): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue
    const text = Array.isArray(value) ? value.join(',') : String(value)
    if (text === '') continue
    parts.push(`${encodeValue(key)}=${encodeValue(text)}`)
  }
  return parts.length ? `?${parts.join('&')}` : ''
}

/** Router `parseSearch`: every value a plain string; a repeated key keeps all its values. */
export function parseSearch(searchStr: string): Record<string, unknown> {
  const out: Record<string, string> = {}
  let params: URLSearchParams
  try {
    params = new URLSearchParams(searchStr.startsWith('?') ? searchStr.slice(1) : searchStr)
  } catch {
    return out
  }
  for (const [key, value] of params) {
    out[key] = key in out ? `${out[key]},${value}` : value
  }
  return out
}
