import { parse as parseName } from '@citation-js/name'
import type { Statement, StatementType } from '../corpus/schema.ts'
import { TYPE_LABELS } from '../corpus/statement-types.ts'
import { safeHttpUrl } from '../lib/safe-url.ts'

// A statement as a CSL-JSON item: the one description of it that every citation is made from
// (the formatted styles, BibTeX, RIS and the CSL-JSON export). Pure data in, data out; the
// citation library that reads it is loaded only on the first "Cite" (citation-engine.ts).

export interface CitationInput {
  statement: Statement
  /** The archive address of the statement, without a fragment. */
  archiveUrl: string
  /** 1-based paragraph number, to pin one paragraph. */
  paragraph?: number | undefined
  /** The day the person looked at it: YYYY-MM-DD. */
  accessed: string
  /** The name of the state or organisation it was given for, when the statement records one. */
  countryName?: string | undefined
}

export interface CslName {
  family?: string
  given?: string
  'non-dropping-particle'?: string
  'dropping-particle'?: string
  suffix?: string
  literal?: string
}

export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]]
}

export interface CslItem {
  id: string
  'citation-key': string
  type: 'speech' | 'webpage'
  title: string
  author?: CslName[]
  issued: CslDate
  'event-date'?: CslDate
  accessed: CslDate
  genre: string
  publisher?: string
  'event-title'?: string
  'event-place'?: string
  URL: string
  source: string
  note?: string
}

/** The statement types that were spoken: CSL `speech`, which the styles cite with an event and place. */
const SPOKEN: ReadonlySet<StatementType> = new Set(['remarks', 'press-briefing', 'interview'])

/**
 * Everything else was published as a page by its issuer (press releases, statements, readouts,
 * fact sheets, letters, orders): CSL `webpage`, the one type for which APA, Chicago and MLA all
 * give the full date and the issuer, as their press-release examples do. `report` and `document`
 * drop the day in APA or Chicago; `article` drops it in Chicago.
 */
export function cslType(type: StatementType): CslItem['type'] {
  return SPOKEN.has(type) ? 'speech' : 'webpage'
}

/** "2016" → [[2016]], "2016-04" → [[2016, 4]]: a date as recorded, never completed. */
export function cslDate(date: string): CslDate {
  const parts = date.split('-').map(Number)
  return { 'date-parts': [parts as CslDate['date-parts'][0]] }
}

export function citedUrl({ archiveUrl, paragraph }: Pick<CitationInput, 'archiveUrl' | 'paragraph'>): string {
  return paragraph ? `${archiveUrl}#p${paragraph}` : archiveUrl
}

/** "Ursula von der Leyen" → von der / Leyen / Ursula; a one-word name stays whole. */
function personName(name: string): CslName {
  const clean = name.replace(/\s+/g, ' ').trim()
  if (!clean.includes(' ')) return { literal: clean }
  const parsed = parseName(clean) as CslName | undefined
  return parsed?.family ? parsed : { literal: clean }
}

/**
 * The speakers; with none, the issuing body, or else the state it was given for, as an
 * organisation (CSL `literal`), the way APA and Chicago cite a press release by its issuer.
 * With neither, no author: the styles then lead with the title.
 */
export function cslAuthors(input: CitationInput): CslName[] | undefined {
  const { statement: s } = input
  if (s.speakers.length) return s.speakers.map((sp) => personName(sp.name))
  const body = s.issuer ?? input.countryName
  return body ? [{ literal: body }] : undefined
}

export function bibtexKey(statement: Statement, paragraph?: number): string {
  const lead = statement.speakers[0]?.name.split(/\s+/).at(-1) ?? statement.issuer?.split(/\s+/)[0] ?? 'statement'
  const word = statement.title.toLowerCase().match(/[a-z]{4,}/)?.[0] ?? ''
  const base = `${lead.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase()}${statement.date.slice(0, 4)}${word}`
  return paragraph ? `${base}_p${paragraph}` : base
}

/**
 * A place that names the UN General Debate is the event the speech was given at (the UNGDC
 * collection records "United Nations General Assembly, General Debate"); any other place is
 * where it was given.
 */
const EVENT_PLACE = /\bGeneral Debate\b/i

export function cslItem(input: CitationInput): CslItem {
  const { statement: s } = input
  const type = cslType(s.type)
  const author = cslAuthors(input)
  const source = safeHttpUrl(s.source?.url)
  const spoken = type === 'speech'
  // What CSL has no field for goes in the note, which BibTeX and RIS keep and the styles leave out.
  const notes = [
    input.countryName ? `On behalf of ${input.countryName}` : '',
    s.place && !spoken ? `Given in ${s.place}` : '',
    source ? `Originally published at ${source}` : '',
  ].filter(Boolean)
  // APA and Chicago leave the publisher out when it is the author: an issuer cited as author.
  const publisher = s.speakers.length || !s.issuer ? (s.issuer ?? s.source?.publisher) : undefined
  const item: CslItem = {
    id: bibtexKey(s, input.paragraph),
    'citation-key': bibtexKey(s, input.paragraph),
    type,
    title: s.title,
    ...(author ? { author } : {}),
    issued: cslDate(s.date),
    // MLA cites a speech by the date of its event, not of its publication.
    ...(spoken ? { 'event-date': cslDate(s.date) } : {}),
    accessed: cslDate(input.accessed),
    genre: TYPE_LABELS[s.type],
    ...(publisher ? { publisher } : {}),
    ...(s.place && spoken ? (EVENT_PLACE.test(s.place) ? { 'event-title': s.place } : { 'event-place': s.place }) : {}),
    URL: citedUrl(input),
    source: 'Statement Archive',
    ...(notes.length ? { note: notes.join('; ') } : {}),
  }
  return item
}
