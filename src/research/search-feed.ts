import type { Statement } from '../corpus/schema.ts'
import type { SearchEngine } from '../search/search-engine.ts'
import { parseSearch, parseSearchParams, stringifySearch, toSearchQuery, type IgnoredParam, type SearchParams } from '../search/search-params.ts'
import { buildAtomFeed } from './atom-feed.ts'

// A feed for any search: the same URL a person has in the address bar, newest first.

export const FEED_LIMIT = 50

export function describeSearch(params: SearchParams, engine: Pick<SearchEngine, 'speakerName' | 'topicLabel'>): string {
  const parts: string[] = []
  if (params.q) parts.push(`“${params.q}”`)
  if (params.speaker?.length) parts.push(`speaker ${params.speaker.map((id) => engine.speakerName(id) ?? id).join(' or ')}`)
  if (params.topic?.length) parts.push(`topic ${params.topic.map((id) => engine.topicLabel(id) ?? id).join(' or ')}`)
  if (params.type?.length) parts.push(`type ${params.type.join(' or ')}`)
  if (params.from || params.to) parts.push(`${params.from ?? '…'} to ${params.to ?? '…'}`)
  return parts.join(', ')
}

export interface SearchFeed {
  xml: string
  total: number
  included: number
  ignored: IgnoredParam[]
}

export function feedForSearch(
  engine: SearchEngine,
  searchUrl: string,
  options: { updated: string; selfUrl?: string; limit?: number },
): SearchFeed {
  const url = new URL(searchUrl, 'http://localhost:4173/')
  const { params, ignored } = parseSearchParams(parseSearch(url.search), engine)
  // A feed reader shows what is new, so the feed is always newest first, whatever the page's sort.
  const results = engine.search({ ...toSearchQuery(params), sort: 'newest' })
  const limit = options.limit ?? FEED_LIMIT
  const statements = results.ids.slice(0, limit).map((doc) => engine.statements[doc] as Statement)
  const siteUrl = new URL('/', url).href
  // The cleaned search, so a feed for a URL with a typo in it names what it really follows.
  const canonical = stringifySearch(params as Record<string, unknown>)
  const described = describeSearch(params, engine)
  const xml = buildAtomFeed(statements, {
    title: described ? `Statement Archive: ${described}` : 'Statement Archive: latest statements',
    pageUrl: new URL(canonical || '/', siteUrl).href,
    selfUrl: options.selfUrl,
    siteUrl,
    updated: options.updated,
    id: `tag:statement-archive,2024:feed${canonical || ':latest'}`,
    topicLabel: (id) => engine.topicLabel(id) ?? id,
  })
  return { xml, total: results.total, included: statements.length, ignored }
}
