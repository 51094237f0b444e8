import type { CompiledCorpus, Statement } from '../corpus/schema.ts'
import type { Catalog } from '../search/catalog.ts'
import { FACETS } from '../search/facets.ts'
import { parseSearch, parseSearchParams, stringifySearch, toSearchQuery, type IgnoredParam, type SearchParams } from '../search/search-params.ts'
import type { SearchQuery, SearchResults } from '../search/search-types.ts'
import { buildAtomFeed } from './atom-feed.ts'

// A feed for any search: the same URL a person has in the address bar, newest first.

export const FEED_LIMIT = 50

/** A search in words, for a feed's title: “cyber”, speaker Marina Kaljurand, 2016-01-01 to … */
export function describeSearch(params: SearchParams, catalog: Pick<Catalog, 'label'>): string {
  const parts: string[] = []
  if (params.q) parts.push(`“${params.q}”`)
  for (const facet of FACETS) {
    const ids = params[facet.key]
    if (ids?.length) parts.push(`${facet.label.toLowerCase()} ${ids.map((id) => catalog.label(facet.key, id)).join(' or ')}`)
  }
  if (params.from || params.to) parts.push(`${params.from ?? '…'} to ${params.to ?? '…'}`)
  return parts.join(', ')
}

export interface SearchFeed {
  xml: string
  total: number
  included: number
  ignored: IgnoredParam[]
}

interface FeedOptions {
  updated: string
  selfUrl?: string
  limit?: number
}

/** An archive held whole, as the Node scripts hold it: statements in archive order, newest first. */
export interface FeedSource {
  corpus: CompiledCorpus
  catalog: Catalog
  search: (query: SearchQuery) => SearchResults
}

const topicLabeller = (catalog: Pick<Catalog, 'label'>) => (id: string) => catalog.label('topic', id)

/** The latest statements: the first of an archive, which is newest first; no search needed. */
export function latestFeed(corpus: CompiledCorpus, catalog: Catalog, siteUrl: string, options: FeedOptions): { xml: string; included: number } {
  const statements = corpus.statements.slice(0, options.limit ?? FEED_LIMIT)
  const xml = buildAtomFeed(statements, {
    title: 'Statement Archive: latest statements',
    pageUrl: new URL('/', siteUrl).href,
    selfUrl: options.selfUrl,
    siteUrl,
    updated: options.updated,
    id: 'tag:statement-archive,2024:feed:latest',
    topicLabel: topicLabeller(catalog),
  })
  return { xml, included: statements.length }
}

export function feedForSearch(source: FeedSource, searchUrl: string, options: FeedOptions): SearchFeed {
  const url = new URL(searchUrl, 'http://localhost:4173/')
  const { params, ignored } = parseSearchParams(parseSearch(url.search), source.catalog)
  // A feed reader shows what is new, so the feed is always newest first, whatever the page's sort.
  const results = source.search({ ...toSearchQuery(params), sort: 'newest' })
  const limit = options.limit ?? FEED_LIMIT
  const statements = results.ids.slice(0, limit).map((doc) => source.corpus.statements[doc] as Statement)
  const siteUrl = new URL('/', url).href
  // The cleaned search, so a feed for a URL with a typo in it names what it really follows.
  const canonical = stringifySearch(params as Record<string, unknown>)
  const described = describeSearch(params, source.catalog)
  const xml = buildAtomFeed(statements, {
    title: described ? `Statement Archive: ${described}` : 'Statement Archive: latest statements',
    pageUrl: new URL(canonical || '/', siteUrl).href,
    selfUrl: options.selfUrl,
    siteUrl,
    updated: options.updated,
    id: `tag:statement-archive,2024:feed${canonical || ':latest'}`,
    topicLabel: topicLabeller(source.catalog),
  })
  return { xml, total: results.total, included: statements.length, ignored }
}
