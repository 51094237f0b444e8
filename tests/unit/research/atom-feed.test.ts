import { describe, expect, it } from 'vitest'
import type { Statement } from '../../../src/corpus/schema.ts'
import { buildAtomFeed, escapeXml } from '../../../src/research/atom-feed.ts'
import { feedForSearch, type FeedSource } from '../../../src/research/search-feed.ts'
import { catalogOf } from '../../../src/search/search-index-build.ts'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import { fixtureCorpus, SEED_ID } from '../../fixtures/corpus.ts'

const corpus = fixtureCorpus(40)
const catalog = catalogOf(corpus)
const ranker = inMemoryRanker(corpus)
const source: FeedSource = { corpus, catalog, search: (q) => ranker.search(q) }
const entries = (xml: string) => xml.match(/<entry>/g)?.length ?? 0

describe('atom feed', () => {
  it('escapes untrusted text so it can never become markup', () => {
    expect(escapeXml('<script>&"\'\u0001')).toBe('&lt;script&gt;&amp;&quot;&apos;')
    const hostile = { ...(corpus.statements[catalog.docOf(SEED_ID) as number] as Statement), title: '</title><evil/>' }
    const xml = buildAtomFeed([hostile], {
      title: 'T',
      pageUrl: 'https://a.example/',
      siteUrl: 'https://a.example/',
      updated: '2026-01-01T00:00:00Z',
      id: 'tag:x',
    })
    expect(xml).toContain('<title>&lt;/title&gt;&lt;evil/&gt;</title>')
    expect(xml).not.toContain('<evil/>')
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="https://a.example/statements/${SEED_ID}"/>`)
  })

  it('follows a search: only its matches, newest first, linked from the site of the search URL', () => {
    const feed = feedForSearch(source, 'https://archive.example/?q=kaljurand&sort=oldest', { updated: '2026-01-01T00:00:00Z' })
    expect(feed.total).toBe(1)
    expect(entries(feed.xml)).toBe(1)
    expect(feed.xml).toContain(`https://archive.example/statements/${SEED_ID}`)
    expect(feed.xml).toContain('<title>Statement Archive: “kaljurand”</title>')
  })

  it('lists the latest statements for the bare site, newest first, and says what it ignored', () => {
    const feed = feedForSearch(source, 'https://archive.example/?speaker=nobody-here', { updated: '2026-01-01T00:00:00Z', limit: 5 })
    expect(feed.ignored.map((p) => p.param)).toEqual(['speaker'])
    expect(feed.total).toBe(corpus.statements.length)
    expect(entries(feed.xml)).toBe(5)
    const dates = [...feed.xml.matchAll(/<published>(.{10})/g)].map((m) => m[1])
    expect(dates).toEqual([...dates].sort().reverse())
    expect(feed.xml).toContain('<link rel="alternate" type="text/html" href="https://archive.example/"/>')
  })
})
