import { STATEMENT_TYPES, isRealDate, type StatementType } from '../corpus/statement-types.ts'
import type { SearchQuery, SortOrder } from './search-engine.ts'

// The URL is the single source of truth for a search. This module turns the raw query string
// into a valid state (dropping what it cannot use, and saying so) and back into a readable one:
// `?q=cyber+defence&speaker=a,b&topic=eu-nato&type=statement&from=2016-01-01&sort=oldest`.

/** The search state as it lives in the URL: every key optional, defaults left out. */
export interface SearchParams {
  q?: string
  speaker?: string[]
  topic?: string[]
  type?: StatementType[]
  from?: string
  to?: string
  sort?: SortOrder
}

export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest']
const KNOWN_KEYS = ['q', 'speaker', 'topic', 'type', 'from', 'to', 'sort'] as const
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_Q = 200
const MAX_VALUES = 50

export interface IgnoredParam {
  param: string
  value: string
  reason: string
}

/** What the corpus knows; without it, ids are checked for shape only. */
export interface Vocabulary {
  hasSpeaker(id: string): boolean
  hasTopic(id: string): boolean
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
 * Any input yields a valid state. Unknown keys, malformed values and ids the corpus does not
 * know are dropped, each with a reason the page can show.
 */
export function parseSearchParams(raw: Record<string, unknown>, vocabulary?: Vocabulary): ParsedSearch {
  const params: SearchParams = {}
  const ignored: IgnoredParam[] = []
  const ignore = (param: string, value: string, reason: string) => ignored.push({ param, value, reason })

  for (const [key, rawValue] of Object.entries(raw)) {
    const value = asString(rawValue)
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      ignore(key, value ?? '', 'is not a search option')
    } else if (value === undefined) {
      ignore(key, '', 'has no usable value')
    }
  }

  const q = asString(raw.q)?.replace(/\s+/g, ' ').trim()
  if (q) {
    if (q.length > MAX_Q) ignore('q', `${q.slice(0, 40)}…`, `is longer than ${MAX_Q} characters`)
    else params.q = q
  }

  const idList = (param: 'speaker' | 'topic', known: ((id: string) => boolean) | undefined, noun: string) => {
    const value = asString(raw[param])
    if (value === undefined) return undefined
    const kept: string[] = []
    for (const id of splitList(value)) {
      if (!ID.test(id)) ignore(param, id, `is not a valid ${noun} id`)
      else if (known && !known(id)) ignore(param, id, `is not a ${noun} in this archive`)
      else if (kept.length >= MAX_VALUES) ignore(param, id, `is past the limit of ${MAX_VALUES} values`)
      else kept.push(id)
    }
    return kept.length ? kept : undefined
  }
  const speaker = idList('speaker', vocabulary && ((id) => vocabulary.hasSpeaker(id)), 'speaker')
  if (speaker) params.speaker = speaker
  const topic = idList('topic', vocabulary && ((id) => vocabulary.hasTopic(id)), 'topic')
  if (topic) params.topic = topic

  const typeValue = asString(raw.type)
  if (typeValue !== undefined) {
    const kept = splitList(typeValue).filter((t): t is StatementType => {
      const ok = (STATEMENT_TYPES as readonly string[]).includes(t)
      if (!ok) ignore('type', t, 'is not a statement type')
      return ok
    })
    if (kept.length) params.type = kept
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
  return { params, ignored }
}

/** For the route's `validateSearch`: the same rules, without the notice. */
export function validateSearchParams(raw: Record<string, unknown>): SearchParams {
  return parseSearchParams(raw).params
}

export function toSearchQuery(params: SearchParams): SearchQuery {
  return {
    q: params.q ?? '',
    speakers: params.speaker ?? [],
    topics: params.topic ?? [],
    types: params.type ?? [],
    from: params.from,
    to: params.to,
    sort: params.sort ?? defaultSort(params),
  }
}

/** Drops empty values and default sorts, so the same view always has the same URL. */
export function normalizeSearchParams(params: SearchParams): SearchParams {
  return parseSearchParams(params as Record<string, unknown>).params
}

export function hasFilters(params: SearchParams): boolean {
  return Boolean(params.speaker?.length || params.topic?.length || params.type?.length || params.from || params.to)
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
