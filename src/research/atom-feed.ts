import { datePrecision } from '../corpus/partial-date.ts'
import type { Statement } from '../corpus/schema.ts'

// An Atom feed (RFC 4287) of statements. Built as a string with every text value escaped:
// statement text is untrusted and must not become markup in anyone's feed reader.

export interface FeedOptions {
  title: string
  /** The page the feed follows, absolute. */
  pageUrl: string
  /** Where the feed itself will live, absolute when known. */
  selfUrl?: string | undefined
  /** The site root, absolute, ending in "/": statement links are made from it. */
  siteUrl: string
  /** RFC 3339; the feed's `updated`. */
  updated: string
  /** A stable id for the feed itself. */
  id: string
  topicLabel?: (id: string) => string
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 forbids outright would make the whole feed unreadable.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  )
}

export function statementUrl(siteUrl: string, id: string): string {
  return new URL(`statements/${encodeURIComponent(id)}`, siteUrl).href
}

function entry(s: Statement, options: FeedOptions): string {
  const url = statementUrl(options.siteUrl, s.id)
  const summary = s.paragraphs[0] ?? ''
  const authors = s.speakers.length ? s.speakers.map((sp) => sp.name) : s.issuer ? [s.issuer] : []
  const label = options.topicLabel ?? ((id: string) => id)
  return [
    '  <entry>',
    // A tag URI (RFC 4151) names the statement, not where the archive happens to be served.
    `    <id>tag:statement-archive,2024:${escapeXml(s.id)}</id>`,
    `    <title>${escapeXml(s.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
    // Atom needs a full date-time. A statement dated to the day has one; one known only to the
    // month or the year is never given an invented day: its entry is "updated" as of the feed,
    // and the date as recorded travels in Dublin Core's dc:date, which allows "2016".
    ...(datePrecision(s.date) === 'day'
      ? [`    <updated>${s.date}T00:00:00Z</updated>`, `    <published>${s.date}T00:00:00Z</published>`]
      : [`    <updated>${escapeXml(options.updated)}</updated>`]),
    `    <dc:date>${s.date}</dc:date>`,
    ...authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
    ...s.topics.map((t) => `    <category term="${escapeXml(t)}" label="${escapeXml(label(t))}"/>`),
    `    <summary type="text">${escapeXml(summary.length > 600 ? `${summary.slice(0, 600)}…` : summary)}</summary>`,
    '  </entry>',
  ].join('\n')
}

export function buildAtomFeed(statements: readonly Statement[], options: FeedOptions): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `  <id>${escapeXml(options.id)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${escapeXml(options.updated)}</updated>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    ...(options.selfUrl ? [`  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`] : []),
    '  <author><name>Statement Archive</name></author>',
    '  <generator>Statement Archive</generator>',
    ...statements.map((s) => entry(s, options)),
    '</feed>',
    '',
  ].join('\n')
}
