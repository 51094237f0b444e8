// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { openSearchDescription, robotsTxt, SITEMAP_LIMIT, sitemapFiles, sitemapIndex } from '../../../src/prerender/sitemap.ts'

const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://archive.example.org/statements/s-${i}?a=1&b=2`)
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml')

describe('sitemap', () => {
  it('holds at most 50,000 URLs a file', () => {
    expect(SITEMAP_LIMIT).toBe(50_000)
    expect([...sitemapFiles(urls(50_000), '2026-12-01')].map((f) => f.urls)).toEqual([50_000])
    const files = [...sitemapFiles(urls(50_001), '2026-12-01')]
    expect(files.map((f) => [f.name, f.urls])).toEqual([
      ['sitemap-1.xml', 50_000],
      ['sitemap-2.xml', 1],
    ])
    expect(xml(files[1]!.xml).querySelectorAll('url')).toHaveLength(1)
  })

  it('splits at the limit given, each URL once, in order, with lastmod, escaped', () => {
    const files = [...sitemapFiles(urls(7), '2026-12-01', 3)]
    expect(files.map((f) => f.urls)).toEqual([3, 3, 1])
    const locs = files.flatMap((f) => [...xml(f.xml).querySelectorAll('url > loc')].map((loc) => loc.textContent))
    expect(locs).toEqual(urls(7))
    expect(files[0]!.xml).toContain('?a=1&amp;b=2')
    expect([...xml(files[0]!.xml).querySelectorAll('url > lastmod')].map((m) => m.textContent)).toEqual(['2026-12-01', '2026-12-01', '2026-12-01'])
  })

  it('names each file in the index, and the index in robots.txt', () => {
    const index = xml(sitemapIndex(['https://a.example/sitemap-1.xml', 'https://a.example/sitemap-2.xml'], '2026-12-01'))
    expect(index.documentElement.tagName).toBe('sitemapindex')
    expect([...index.querySelectorAll('sitemap > loc')].map((l) => l.textContent)).toEqual(['https://a.example/sitemap-1.xml', 'https://a.example/sitemap-2.xml'])
    expect(index.querySelectorAll('sitemap > lastmod')).toHaveLength(2)
    expect(robotsTxt('https://a.example/sitemap.xml')).toContain('\nSitemap: https://a.example/sitemap.xml\n')
  })
})

describe('OpenSearch description', () => {
  it('searches ?q={searchTerms} at SITE_URL', () => {
    const doc = xml(openSearchDescription('https://a.example/sub/', 'https://a.example/sub/opensearch.xml'))
    expect(doc.documentElement.namespaceURI).toBe('http://a9.com/-/spec/opensearch/1.1/')
    expect(doc.querySelector('Url[type="text/html"]')?.getAttribute('template')).toBe('https://a.example/sub/?q={searchTerms}')
    expect((doc.querySelector('ShortName')?.textContent ?? '').length).toBeLessThanOrEqual(16)
  })
})
