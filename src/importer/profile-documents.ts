import { isKnownCountry } from '../corpus/countries.ts'
import { isPartialDate } from '../corpus/partial-date.ts'
import { aliasKey } from '../corpus/speakers-schema.ts'
import { cleanTitle, normalizeSpaces } from './clean-text.ts'
import type { InputFile } from './collect-files.ts'
import type { CollectionProfile, OpenCollection } from './collection-profile.ts'
import type { TableRow } from './metadata-table.ts'
import { parseJson } from './parse-json.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { parsePlainText } from './parse-text.ts'
import { cleanRecordedName } from './person-names.ts'
import { rejectItem, type ParsedItem, type RawDocument } from './raw-document.ts'

// One file of a collection read through its profile: the parser its format needs, then what
// the path, the metadata table and the profile's constant fields add. The text is never searched
// for a date the profile takes from elsewhere, and a speaker comes only from the table: a file
// with no row, or with rows that disagree, has none.

/** How a file met the metadata table. */
export type TableMatch = 'matched' | 'no row' | 'duplicate rows agree' | 'duplicate rows disagree' | 'row without a name'

export interface ProfiledFile {
  items: ParsedItem[]
  /** What the path gave. */
  fields: Record<string, string>
  table?: { match: TableMatch; key: string; rows: number[] }
  /** Imported, with something left out: an unknown country code. */
  notes: string[]
}

interface RowSpeaker {
  name: string
  role?: string
}

const cleanRole = (raw: string | undefined) => {
  const role = normalizeSpaces((raw ?? '').replace(/["“”]/g, ''))
  return role || undefined
}

function speakerOf(row: TableRow, columns: NonNullable<CollectionProfile['metadata']>['columns']): RowSpeaker | undefined {
  const name = columns.speaker ? cleanRecordedName(row.values[columns.speaker] ?? '') : undefined
  if (!name) return undefined
  const role = cleanRole(columns.role ? row.values[columns.role] : undefined)
  return role ? { name, role } : { name }
}

/** Duplicate rows agree when they name one person (case, honorifics and spacing aside) in one post, or leave the post out. */
function agreeing(speakers: ReadonlyArray<RowSpeaker | undefined>): RowSpeaker | undefined {
  const [first, ...rest] = speakers
  if (!first || rest.some((s) => !s || aliasKey(s.name) !== aliasKey(first.name))) return undefined
  const roles = [...new Set(speakers.map((s) => s?.role).filter((r): r is string => Boolean(r)))]
  if (new Set(roles.map(aliasKey)).size > 1) return undefined
  return roles[0] ? { name: first.name, role: roles[0] } : { name: first.name }
}

/** Whether rows that claim one key name one speaker (and so give that speaker). */
export function rowsAgree(rows: readonly TableRow[], columns: NonNullable<CollectionProfile['metadata']>['columns']): boolean {
  return agreeing(rows.map((r) => speakerOf(r, columns))) !== undefined
}

function parseByFormat(profile: CollectionProfile, file: InputFile, text: string, date: string | undefined): ParsedItem[] {
  switch (file.format) {
    case 'text':
      return parsePlainText(text, { layout: profile.layout, ...(date !== undefined ? { date } : {}) })
    case 'markdown':
      return parseMarkdown(text)
    case 'json':
      return parseJson(text)
    case 'json-lines':
      return parseJson(text, { lines: true })
  }
}

export function parseWithProfile(file: InputFile, text: string, collection: OpenCollection, country?: string): ProfiledFile {
  const { profile, join } = collection
  const fields: Record<string, string> = profile.pattern.match(file.relative) ?? {}
  const notes: string[] = []
  const out: ProfiledFile = { items: [], fields, notes }

  // The table first: its country name may be what a title template needs.
  let speaker: RowSpeaker | undefined
  const values: Record<string, string | undefined> = { ...fields }
  const meta = profile.metadata
  if (join && meta) {
    const rows = join.lookup(fields)
    const key = join.describe(fields)
    const numbers = rows.map((r) => r.row)
    const speakers = rows.map((r) => speakerOf(r, meta.columns))
    let match: TableMatch
    if (rows.length === 0) {
      match = 'no row'
    } else if (rows.length === 1) {
      speaker = speakers[0]
      match = speaker || !meta.columns.speaker ? 'matched' : 'row without a name'
    } else {
      speaker = agreeing(speakers)
      match = speaker ? 'duplicate rows agree' : 'duplicate rows disagree'
    }
    out.table = { match, key, rows: numbers }
    const row = rows[0]
    if (row && (rows.length === 1 || speaker)) {
      if (meta.columns.countryName) values.countryName = normalizeSpaces(row.values[meta.columns.countryName] ?? '') || undefined
      if (speaker) {
        values.speaker = speaker.name
        values.role = speaker.role
      }
    }
  }

  let date: string | undefined
  if (profile.statement.date !== 'source') {
    date = profile.statement.date.render(values)
    if (!date || !isPartialDate(date)) {
      out.items = [rejectItem(`no date: the profile's date "${profile.statement.date.source}" gives ${date ? `"${date}", not a date` : 'nothing for this path'}`)]
      return out
    }
  }

  const render = (key: 'title' | 'place' | 'issuer' | 'publisher' | 'country') => profile.statement[key]?.render(values)
  let countryCode = country ?? render('country')
  if (countryCode && !isKnownCountry(countryCode)) {
    notes.push(`unknown country code "${countryCode}": imported without a country`)
    countryCode = undefined
  }

  out.items = parseByFormat(profile, file, text, date).map((item): ParsedItem => {
    if (!item.doc) return item
    const doc: RawDocument = { ...item.doc }
    if (date !== undefined) doc.date = date
    if (!doc.title) {
      const title = render('title')
      if (!title) return rejectItem(profile.statement.title ? `no title: the template "${profile.statement.title.source}" needs a field this file does not give` : 'no title', item.item)
      doc.title = cleanTitle(title)
    }
    if (doc.paragraphs.length === 0) return rejectItem('empty: no text', item.item)
    if (countryCode) doc.country = countryCode
    for (const key of ['place', 'issuer', 'publisher'] as const) {
      const value = doc[key] ?? render(key)
      if (value) doc[key] = value
    }
    const given = { ...doc.given }
    if (profile.statement.type && !given.type) given.type = profile.statement.type
    if (!given.speakers && join) given.speakers = speaker ? [{ ...speaker, ...(countryCode ? { country: countryCode } : {}) }] : []
    if (Object.keys(given).length > 0) doc.given = given
    return item.item === undefined ? { doc } : { item: item.item, doc }
  })
  return out
}
