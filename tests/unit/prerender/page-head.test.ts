// @vitest-environment jsdom
// The head is read back by a real HTML parser (jsdom's DOMParser), as a browser would read it.
import { describe, expect, it } from 'vitest'
import type { Statement } from '../../../src/corpus/schema.ts'
import { firstSentence, headMarkup, highwireDate, profileHead, statementHead, surnameFirst } from '../../../src/prerender/page-head.tsx'
import { HOSTILE_STATEMENTS } from '../../fixtures/hostile-statements.ts'
import { seedStatement } from '../../fixtures/corpus.ts'

const SITE = 'https://archive.example.org/sub/'
const hostile = HOSTILE_STATEMENTS[0] as Statement

/** The head as a browser parses it: what each tag holds after the parser has read it. */
function parseHead(markup: string) {
  const document = new DOMParser().parseFromString(`<!doctype html><html><head>${markup}</head><body></body></html>`, 'text/html')
  const metas = (attr: 'name' | 'property', key: string) =>
    [...document.head.querySelectorAll(`meta[${attr}]`)].filter((m) => m.getAttribute(attr) === key).map((m) => m.getAttribute('content'))
  return { document, name: (key: string) => metas('name', key), property: (key: string) => metas('property', key) }
}

describe('a prerendered statement page head', () => {
  const head = statementHead(hostile, SITE, 'Fictionland')
  const markup = headMarkup(head)
  const { document, name, property } = parseHead(markup)

  it('holds every tag reference managers, search engines and previews read', () => {
    for (const key of [
      'description',
      'citation_title',
      'citation_author',
      'citation_publication_date',
      'citation_publisher',
      'citation_technical_report_institution',
      'citation_public_url',
      'citation_language',
      'DC.title',
      'DC.creator',
      'DC.date',
      'DC.publisher',
      'DC.type',
      'DC.identifier',
      'twitter:card',
      'twitter:title',
      'twitter:description',
    ]) {
      expect(name(key), key).toHaveLength(1)
    }
    for (const key of ['og:type', 'og:title', 'og:description', 'og:url', 'og:site_name']) expect(property(key), key).toHaveLength(1)
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}statements/${hostile.id}`)
    expect(document.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1)
  })

  it('gives every hostile value back exactly as recorded, as text, creating no element', () => {
    expect(document.title).toBe(`${hostile.title} — Statement Archive`)
    expect(name('citation_title')).toEqual([hostile.title])
    expect(name('citation_author')).toEqual([surnameFirst(hostile.speakers[0]!.name)])
    expect(name('DC.creator')).toEqual([hostile.speakers[0]!.name])
    expect(name('citation_publisher')).toEqual([hostile.issuer])
    expect(name('citation_technical_report_institution')).toEqual([hostile.issuer])
    expect(name('DC.publisher')).toEqual([hostile.issuer])
    expect(property('og:title')).toEqual([hostile.title])
    expect(name('description')).toEqual([firstSentence(hostile.paragraphs[0]!)])
    // Only the tags written: no <img>, <svg>, <iframe> or second <script> broke out of a value.
    const tags = new Set([...document.head.children].map((el) => el.tagName.toLowerCase()))
    expect([...tags].sort()).toEqual(['link', 'meta', 'script', 'title'])
    expect(document.querySelectorAll('script')).toHaveLength(1)
    expect(document.body.children).toHaveLength(0)
  })

  it('writes JSON-LD with <, > and & as \\u003c, \\u003e and \\u0026, so a title cannot close the script', () => {
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(markup)?.[1] ?? ''
    expect(json).not.toMatch(/[<>&]/)
    expect(json).toContain('\\u003cscript\\u003e')
    expect(markup.match(/<\/script/g)).toHaveLength(1)
    const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '') as Record<string, unknown>
    expect(data).toEqual(head.jsonLd)
    expect(data['@type']).toBe('Report')
    expect(data.name).toBe(hostile.title)
  })

  it('never offers a source that is not an http(s) address', () => {
    const addresses = [...document.querySelectorAll('link[href]')].map((l) => l.getAttribute('href'))
    for (const href of addresses) expect(href).toMatch(/^https?:\/\//)
    expect(name('DC.source')).toEqual([])
    expect(head.jsonLd.isBasedOn).toBeUndefined()
  })

  it('takes every absolute URL from SITE_URL', () => {
    const urls = [...name('citation_public_url'), ...name('DC.identifier'), ...property('og:url'), head.jsonLd.url]
    expect(urls).toHaveLength(4)
    for (const url of urls) expect(url).toBe(`${SITE}statements/${hostile.id}`)
  })
})

describe('a statement head from the seed', () => {
  const head = statementHead(seedStatement, SITE, 'Estonia')
  const { name, property } = parseHead(headMarkup(head))

  it('names each speaker "Surname, Given" and dates it as Highwire asks', () => {
    expect(name('citation_author')).toEqual(['Kaljurand, Marina'])
    expect(name('citation_publication_date')).toEqual(['2016/04/07'])
    expect(name('DC.type')).toEqual(['Press release'])
    expect(property('article:published_time')).toEqual(['2016-04-07'])
    const withSource = statementHead({ ...seedStatement, source: { url: 'https://vm.ee/en/news/x' } }, SITE)
    expect(withSource.names).toContainEqual(['DC.source', 'https://vm.ee/en/news/x'])
    expect(withSource.jsonLd.isBasedOn).toBe('https://vm.ee/en/news/x')
  })
})

describe('dates as recorded', () => {
  it('keeps a year or a month without completing it', () => {
    expect(highwireDate('2016')).toBe('2016')
    expect(highwireDate('2016-04')).toBe('2016/04')
    expect(highwireDate('2016-04-07')).toBe('2016/04/07')
    const yearOnly = statementHead({ ...seedStatement, date: '2016' }, SITE)
    expect(yearOnly.names).toContainEqual(['citation_publication_date', '2016'])
    expect(yearOnly.names).toContainEqual(['DC.date', '2016'])
    expect(yearOnly.properties.map(([key]) => key)).not.toContain('article:published_time')
    expect(yearOnly.jsonLd.datePublished).toBe('2016')
  })
})

describe('descriptions and names', () => {
  it('takes the first sentence', () => {
    expect(firstSentence('First one here. Second one.')).toBe('First one here.')
    expect(firstSentence('No end')).toBe('No end')
    expect(firstSentence('I congratulate Mr. Shihabi and H.E. J. Doe on the U.S. plan. Then more.')).toBe('I congratulate Mr. Shihabi and H.E. J. Doe on the U.S. plan.')
    expect(firstSentence('word '.repeat(200)).length).toBeLessThanOrEqual(301)
  })

  it('puts the surname first', () => {
    expect(surnameFirst('Ada Quillfeather')).toBe('Quillfeather, Ada')
    expect(surnameFirst('Plato')).toBe('Plato')
  })
})

describe('a profile page head', () => {
  it('is a page about a person, without citation tags, every value escaped', () => {
    const name = 'Zorblax <img src=x onerror="window.__pwned=1"> & co'
    const head = profileHead('speaker', 'zorblax-quimby', name, 2, SITE)
    const markup = headMarkup(head)
    const parsed = parseHead(markup)
    expect(parsed.document.title).toBe(`${name} — Statement Archive`)
    expect(parsed.property('og:title')).toEqual([name])
    expect(markup).not.toContain('citation_')
    expect(parsed.document.querySelectorAll('img')).toHaveLength(0)
    expect(head.canonical).toBe(`${SITE}speakers/zorblax-quimby`)
    expect(head.jsonLd['@type']).toBe('ProfilePage')
    expect(profileHead('topic', 'eu-nato', 'EU–NATO', 1, SITE).jsonLd['@type']).toBe('CollectionPage')
  })
})
