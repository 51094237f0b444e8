import { parse as parseYaml } from 'yaml'
import { cleanTitle, normalizeSpaces } from './clean-text.ts'
import { findDateline, parseDateValue } from './extract-date.ts'
import { markdownToParagraphs } from './markdown-paragraphs.ts'
import { rejectItem, type ParsedItem, type RawDocument } from './raw-document.ts'
import { cleanUrl, publisherForUrl } from './source-info.ts'

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/
const FIRST_HEADING = /^ {0,3}#{1,6}[ \t]+\S/

type Meta = Record<string, unknown>

function readFrontMatter(text: string): { meta: Meta; body: string } | { reason: string } {
  if (!/^---[ \t]*\r?\n/.test(text)) return { meta: {}, body: text }
  const match = FRONT_MATTER.exec(text)
  if (!match) return { reason: 'invalid front matter: no closing "---" line' }
  let meta: unknown
  try {
    meta = parseYaml(match[1] ?? '')
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return { reason: `invalid front matter: ${message}` }
  }
  if (meta === null || meta === undefined) meta = {}
  if (typeof meta !== 'object' || Array.isArray(meta)) {
    return { reason: 'invalid front matter: expected "key: value" lines' }
  }
  return { meta: meta as Meta, body: text.slice(match[0].length) }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? normalizeSpaces(value) : undefined

/** Markdown with optional YAML front matter (date, title, source_url, publisher, issuer, place). */
export function parseMarkdown(source: string): ParsedItem[] {
  const front = readFrontMatter(source)
  if ('reason' in front) return [rejectItem(front.reason)]
  const { meta, body } = front

  const paragraphs = markdownToParagraphs(body)
  let title = typeof meta.title === 'string' ? cleanTitle(meta.title) : ''
  if (!title) {
    // Without a title in the metadata the first heading, or else the first line, is the headline.
    const firstLine = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? ''
    if (FIRST_HEADING.test(firstLine) || meta.title === undefined) title = paragraphs.shift() ?? ''
  }
  if (!title && paragraphs.length === 0) return [rejectItem('empty: no title and no text')]
  if (!title) return [rejectItem('no title: front matter has no "title" and the text no headline')]

  let date: string | undefined
  if (meta.date !== undefined && meta.date !== null && meta.date !== '') {
    date = parseDateValue(meta.date)
    if (!date) return [rejectItem(`invalid date in front matter: ${JSON.stringify(String(meta.date)).slice(0, 60)}`)]
  }
  date ??= parseDateValue(meta.published_time) ?? parseDateValue(meta.published)
  if (!date) {
    const dateline = findDateline(paragraphs, 3, { leadIn: true })
    date = dateline?.date
    if (dateline?.whole) paragraphs.splice(dateline.line, 1)
  }
  if (!date) return [rejectItem('no date: neither front matter "date" nor a dateline')]
  if (paragraphs.length === 0) return [rejectItem('empty: no text below the front matter')]

  const doc: RawDocument = { title, date, paragraphs }
  const url = cleanUrl(meta.source_url ?? meta.url)
  if (url) doc.sourceUrl = url
  const publisher = text(meta.publisher) ?? publisherForUrl(url)
  if (publisher) doc.publisher = publisher
  const issuer = text(meta.issuer) ?? publisher
  if (issuer) doc.issuer = issuer
  const place = text(meta.place)
  if (place) doc.place = place
  return [{ doc }]
}
