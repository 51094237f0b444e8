import { isKnownCountry } from '../corpus/countries.ts'
import { quoteSchema, statementTypeSchema } from '../corpus/schema.ts'
import { isSlug, STATEMENT_ID } from '../lib/slug.ts'
import { cleanTitle, normalizeSpaces } from './clean-text.ts'
import { isPartialDate } from '../corpus/partial-date.ts'
import { parseDateValue } from './extract-date.ts'
import { markdownToParagraphs } from './markdown-paragraphs.ts'
import { rejectItem, type GivenFields, type ParsedItem, type RawDocument } from './raw-document.ts'
import { cleanUrl, publisherForUrl } from './source-info.ts'

// JSON input: one statement, an array of statements, or JSON Lines (one per line). Records may
// be complete canonical statements or looser ones (body text instead of paragraphs, source_url
// instead of source.url); whatever a record states outright is kept, the rest is derived.

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? normalizeSpaces(value) : undefined

function paragraphsOf(record: Json): string[] {
  if (Array.isArray(record.paragraphs)) {
    return record.paragraphs
      .filter((p): p is string => typeof p === 'string')
      .map(normalizeSpaces)
      .filter(Boolean)
  }
  const body = record.body ?? record.text ?? record.content
  return typeof body === 'string' ? markdownToParagraphs(body) : []
}

function givenFields(record: Json): GivenFields {
  const given: GivenFields = {}
  if (typeof record.id === 'string' && STATEMENT_ID.test(record.id)) {
    given.id = record.id
  }
  const type = statementTypeSchema.safeParse(record.type)
  if (type.success) given.type = type.data
  if (Array.isArray(record.speakers)) {
    given.speakers = record.speakers.flatMap((s) => {
      if (!isRecord(s)) return typeof s === 'string' && s.trim() ? [{ name: normalizeSpaces(s) }] : []
      const name = str(s.name)
      if (!name) return []
      const role = str(s.role)
      return [role ? { name, role } : { name }]
    })
  }
  if (Array.isArray(record.topics)) {
    given.topics = record.topics.filter(isSlug)
  }
  if (Array.isArray(record.quotes)) {
    given.quotes = record.quotes.flatMap((q) => {
      const parsed = quoteSchema.safeParse(q)
      return parsed.success ? [parsed.data] : []
    })
  }
  if (typeof record.synthetic === 'boolean') given.synthetic = record.synthetic
  return given
}

function recordToItem(record: unknown, item: string | undefined): ParsedItem {
  if (!isRecord(record)) return rejectItem('not a statement: expected a JSON object', item)
  const title = typeof record.title === 'string' ? cleanTitle(record.title) : ''
  const paragraphs = paragraphsOf(record)
  if (!title && paragraphs.length === 0) return rejectItem('empty: no title and no text', item)
  if (!title) return rejectItem('no title', item)
  // A statement file in the archive's own format may be dated to the year or the month only
  // ("2016", "2016-09"): taken as recorded, never completed to a day.
  const recorded = typeof record.date === 'string' && /^\d{4}(?:-\d{2})?$/.test(record.date.trim()) && isPartialDate(record.date.trim())
  const date = (recorded ? (record.date as string).trim() : undefined) ?? parseDateValue(record.date) ?? parseDateValue(record.published_time)
  if (!date) return rejectItem('no date: "date" is missing or not a date', item)
  if (paragraphs.length === 0) return rejectItem('empty: no paragraphs or body text', item)

  const source = isRecord(record.source) ? record.source : {}
  const doc: RawDocument = { title, date, paragraphs, given: givenFields(record) }
  const url = cleanUrl(source.url ?? record.source_url ?? record.url)
  if (url) doc.sourceUrl = url
  const publisher = str(source.publisher) ?? str(record.publisher) ?? publisherForUrl(url)
  if (publisher) doc.publisher = publisher
  const issuer = str(record.issuer) ?? publisher
  if (issuer) doc.issuer = issuer
  const place = str(record.place)
  if (place) doc.place = place
  const country = str(record.country)?.toUpperCase()
  if (country && isKnownCountry(country)) doc.country = country
  const retrieved = parseDateValue(source.retrieved)
  if (retrieved) doc.retrieved = retrieved
  return item === undefined ? { doc } : { item, doc }
}

function parseLines(text: string): ParsedItem[] {
  const items: ParsedItem[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return
    const label = `line ${i + 1}`
    try {
      items.push(recordToItem(JSON.parse(line), label))
    } catch (error) {
      items.push(rejectItem(`invalid JSON: ${(error as Error).message}`, label))
    }
  })
  return items.length > 0 ? items : [rejectItem('empty: no JSON records')]
}

export function parseJson(text: string, { lines = false }: { lines?: boolean } = {}): ParsedItem[] {
  if (lines) return parseLines(text)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    // A .json file holding JSON Lines is common enough to accept rather than reject.
    const nonEmpty = text.split(/\r?\n/).filter((line) => line.trim())
    if (nonEmpty.length > 1 && nonEmpty.every((line) => /^\s*\{.*\}\s*$/.test(line))) return parseLines(text)
    return [rejectItem(`invalid JSON: ${(error as Error).message}`)]
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [rejectItem('empty: an empty JSON array')]
    return value.map((record, i) => recordToItem(record, `[${i}]`))
  }
  return [recordToItem(value, undefined)]
}
