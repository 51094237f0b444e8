import { escapeXml } from '../research/atom-feed.ts'

// sitemaps.org: a sitemap holds at most 50,000 URLs, so a larger archive gets several, named by
// a sitemap index. The files sit at the site root, because a sitemap may only list addresses
// at or below its own folder.

export const SITEMAP_LIMIT = 50_000

export interface SitemapFile {
  /** File name at the site root: sitemap-1.xml, sitemap-2.xml, … */
  name: string
  xml: string
  urls: number
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/**
 * Sitemap files of at most `limit` URLs each, written as the URLs come (a generator, so that
 * a caller can write each file before the next is built). `lastmod` is a W3C date.
 */
export function* sitemapFiles(urls: Iterable<string>, lastmod: string, limit = SITEMAP_LIMIT): Generator<SitemapFile> {
  let lines: string[] = []
  let n = 0
  const flush = (): SitemapFile => {
    n++
    const file = { name: `sitemap-${n}.xml`, urls: lines.length, xml: `${XML_HEAD}<urlset xmlns="${NS}">\n${lines.join('')}</urlset>\n` }
    lines = []
    return file
  }
  for (const url of urls) {
    lines.push(`  <url><loc>${escapeXml(url)}</loc><lastmod>${escapeXml(lastmod)}</lastmod></url>\n`)
    if (lines.length === limit) yield flush()
  }
  if (lines.length || n === 0) yield flush()
}

/** The sitemap index (sitemap.xml) naming each file by its absolute URL. */
export function sitemapIndex(fileUrls: readonly string[], lastmod: string): string {
  const entries = fileUrls.map((url) => `  <sitemap><loc>${escapeXml(url)}</loc><lastmod>${escapeXml(lastmod)}</lastmod></sitemap>\n`)
  return `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${entries.join('')}</sitemapindex>\n`
}

/** robots.txt: everything may be crawled; the sitemap index is named by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
}

/**
 * An OpenSearch 1.1 description, so that a browser can add the archive as a search engine:
 * the search page reads its words from `?q=`.
 */
export function openSearchDescription(siteUrl: string, selfUrl: string): string {
  const search = new URL('./', siteUrl).href
  return (
    `${XML_HEAD}<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">\n` +
    // ShortName may hold at most 16 characters.
    `  <ShortName>Statements</ShortName>\n` +
    `  <LongName>Statement Archive</LongName>\n` +
    `  <Description>Search the Statement Archive: official statements on EU–NATO cooperation and cyber defence, as published.</Description>\n` +
    `  <InputEncoding>UTF-8</InputEncoding>\n` +
    `  <Language>en</Language>\n` +
    `  <Url type="text/html" method="get" template="${escapeXml(search)}?q={searchTerms}"/>\n` +
    `  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(selfUrl)}"/>\n` +
    `</OpenSearchDescription>\n`
  )
}
