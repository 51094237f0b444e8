import { renderToStaticMarkup } from 'react-dom/server'
import { datePrecision } from '../corpus/partial-date.ts'
import type { Statement } from '../corpus/schema.ts'
import { TYPE_LABELS } from '../corpus/statement-types.ts'
import { jsonForScript } from '../lib/json-for-script.ts'
import { safeHttpUrl } from '../lib/safe-url.ts'
import type { ProfileFacet } from '../search/profile-files.ts'
import { plural } from '../lib/format-date.ts'

// The <head> of a prerendered page: what reference managers (Zotero), search engines (Google
// Scholar), link previews and web archives read from the HTML as it comes over the wire.
//
// Tags and attributes are rendered by React, which escapes every value for HTML text and
// attributes. JSON-LD is JSON inside a script element, which React would leave holding `<` and
// `&`: it is written by jsonForScript instead.

export const SITE_NAME = 'Statement Archive'
/** The corpus is English (originals, or the English text the source publishes). */
const LANGUAGE = 'en'
const DESCRIPTION_MAX = 300

export interface PageHead {
  title: string
  description: string
  /** Absolute, from SITE_URL. */
  canonical: string
  /** `<meta name=…>` tags, in order; a name may repeat (one citation_author per speaker). */
  names: Array<[string, string]>
  /** `<meta property=…>` tags (Open Graph). */
  properties: Array<[string, string]>
  jsonLd: Record<string, unknown>
}

/** Words a full stop follows without ending the sentence ("Mr. President"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'no', 'nos', 'gen', 'sen', 'rep', 'gov', 'amb', 'hon', 'rev', 'sr', 'jr', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'h.e'])

/** The first sentence of a text, cut at a word near DESCRIPTION_MAX characters. */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  let sentence = clean
  for (const end of clean.matchAll(/[.!?](?=\s+["“‘(]?[A-Z0-9])/g)) {
    const word = /([\p{L}.]+)$/u.exec(clean.slice(0, end.index))?.[1]?.toLowerCase() ?? ''
    // An abbreviation or an initial ("J. Smith") before a full stop goes on.
    if (clean[end.index] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue
    sentence = clean.slice(0, end.index + 1)
    break
  }
  if (sentence.length <= DESCRIPTION_MAX) return sentence
  const cut = sentence.slice(0, DESCRIPTION_MAX)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_MAX / 2))}…`
}

/**
 * "Ada Quillfeather" → "Quillfeather, Ada", the form Highwire's citation_author asks for; the
 * last word is taken as the surname, as the archive's citations do. One word stays as it is.
 */
export function surnameFirst(name: string): string {
  const parts = name.trim().split(/\s+/)
  if (parts.length < 2) return name.trim()
  return `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`
}

/** Highwire's date: `YYYY/MM/DD`, `YYYY/MM`, or `YYYY`, as recorded and never completed. */
export function highwireDate(date: string): string {
  return date.replace(/-/g, '/')
}

/** Absolute URL of an archive path ('statements/<id>'), from SITE_URL as the feed builds them. */
export function siteHref(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href
}

const pathOf = (kind: string, id: string) => `${kind}/${encodeURIComponent(id)}`

/**
 * A statement: Highwire tags chosen so that Zotero's generic translator saves a *report*, with
 * the speakers as authors, the date as recorded and the issuing body as the institution.
 * citation_title alone would make it a journal article and drop the publisher;
 * citation_technical_report_institution makes it a report (measured with Zotero's translation
 * server, issue 14). Dublin Core and JSON-LD carry the same for other readers.
 */
export function statementHead(statement: Statement, siteUrl: string, countryName?: string): PageHead {
  const canonical = siteHref(siteUrl, pathOf('statements', statement.id))
  const description = firstSentence(statement.paragraphs[0] ?? statement.title)
  const typeLabel = TYPE_LABELS[statement.type]
  // The body that issued it; where none is recorded, the source's publisher, then the state it
  // was given for: Zotero needs an institution to save a report.
  const institution = statement.issuer ?? statement.source?.publisher ?? countryName
  const source = safeHttpUrl(statement.source?.url)
  const precision = datePrecision(statement.date)
  const names: Array<[string, string]> = [
    ['description', description],
    ['citation_title', statement.title],
    ...statement.speakers.map((s): [string, string] => ['citation_author', surnameFirst(s.name)]),
    ['citation_publication_date', highwireDate(statement.date)],
    ...(institution
      ? ([
          ['citation_publisher', institution],
          ['citation_technical_report_institution', institution],
        ] as Array<[string, string]>)
      : []),
    ['citation_public_url', canonical],
    ['citation_language', LANGUAGE],
    ['DC.title', statement.title],
    ...statement.speakers.map((s): [string, string] => ['DC.creator', s.name]),
    ['DC.date', statement.date],
    ...(institution ? ([['DC.publisher', institution]] as Array<[string, string]>) : []),
    // The archive's type ("Press release", "Remarks"): Zotero copies DC.type into the report's
    // Report Type. The DCMI word "Text" would land there instead, and make it guess an article.
    ['DC.type', typeLabel],
    ['DC.identifier', canonical],
    ['DC.language', LANGUAGE],
    ...(source ? ([['DC.source', source]] as Array<[string, string]>) : []),
    ['twitter:card', 'summary'],
    ['twitter:title', statement.title],
    ['twitter:description', description],
  ]
  const properties: Array<[string, string]> = [
    ['og:type', 'article'],
    ['og:site_name', SITE_NAME],
    ['og:title', statement.title],
    ['og:description', description],
    ['og:url', canonical],
    ['og:locale', 'en_GB'],
    // Open Graph wants a full date-time; a date known only to the year or month has none.
    ...(precision === 'day' ? ([['article:published_time', statement.date]] as Array<[string, string]>) : []),
  ]
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    // Report: "a report generated by governmental or non-governmental organization", which a
    // statement issued by a ministry or an office is; it matches Zotero's item type as well.
    '@type': 'Report',
    '@id': canonical,
    url: canonical,
    name: statement.title,
    headline: statement.title,
    genre: typeLabel,
    description,
    datePublished: statement.date,
    inLanguage: LANGUAGE,
    ...(statement.speakers.length
      ? { author: statement.speakers.map((s) => ({ '@type': 'Person', name: s.name, ...(s.role ? { jobTitle: s.role } : {}) })) }
      : {}),
    ...(institution ? { publisher: { '@type': 'Organization', name: institution } } : {}),
    ...(statement.place ? { locationCreated: { '@type': 'Place', name: statement.place } } : {}),
    ...(countryName ? { spatialCoverage: { '@type': 'Place', name: countryName } } : {}),
    ...(source ? { isBasedOn: source } : {}),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: siteHref(siteUrl, '') },
  }
  return { title: `${statement.title} — ${SITE_NAME}`, description, canonical, names, properties, jsonLd }
}

/** The facets that have a page of their own (profile-files.ts). */
export type ProfileKind = ProfileFacet

const PROFILE_PATHS: Record<ProfileKind, string> = { speaker: 'speakers', topic: 'topics', country: 'countries' }
const PROFILE_WORDS: Record<ProfileKind, string> = { speaker: 'by', topic: 'on', country: 'for' }

/**
 * A speaker's, topic's or country's page: a list, not a document to cite, so no citation_*
 * tags (Zotero would save it as an article). schema.org's ProfilePage names a person;
 * CollectionPage a topic's or a country's statements.
 */
export function profileHead(kind: ProfileKind, id: string, name: string, statements: number, siteUrl: string): PageHead {
  const canonical = siteHref(siteUrl, pathOf(PROFILE_PATHS[kind], id))
  const count = plural(statements, 'statement')
  const description = `${count} ${PROFILE_WORDS[kind]} ${name} in the ${SITE_NAME}: official statements as published, with full text, dates as recorded and sources.`
  const about =
    kind === 'speaker'
      ? { '@type': 'Person', name }
      : kind === 'country'
        ? { '@type': 'Country', name }
        : { '@type': 'Thing', name }
  return {
    title: `${name} — ${SITE_NAME}`,
    description,
    canonical,
    names: [
      ['description', description],
      ['twitter:card', 'summary'],
      ['twitter:title', name],
      ['twitter:description', description],
    ],
    properties: [
      ['og:type', kind === 'speaker' ? 'profile' : 'website'],
      ['og:site_name', SITE_NAME],
      ['og:title', name],
      ['og:description', description],
      ['og:url', canonical],
      ['og:locale', 'en_GB'],
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': kind === 'speaker' ? 'ProfilePage' : 'CollectionPage',
      '@id': canonical,
      url: canonical,
      name: `${name} — ${SITE_NAME}`,
      description,
      inLanguage: LANGUAGE,
      [kind === 'speaker' ? 'mainEntity' : 'about']: about,
      isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: siteHref(siteUrl, '') },
    },
  }
}

/** The head's tags as HTML: React escapes every text and attribute; JSON-LD via jsonForScript. */
export function headMarkup(head: PageHead): string {
  const tags = renderToStaticMarkup(
    <>
      <title>{head.title}</title>
      <link rel="canonical" href={head.canonical} />
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      {head.names.map(([name, content], i) => (
        <meta key={`n${i}`} name={name} content={content} />
      ))}
      {head.properties.map(([property, content], i) => (
        <meta key={`p${i}`} property={property} content={content} />
      ))}
    </>,
  )
  return `${tags}<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`
}
