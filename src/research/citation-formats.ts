import { datePrecision } from '../corpus/partial-date.ts'
import type { Statement } from '../corpus/schema.ts'
import { TYPE_LABELS } from '../corpus/statement-types.ts'
import { safeHttpUrl } from '../lib/safe-url.ts'

// Citations of one statement, or of one paragraph of it, in the forms researchers paste:
// BibTeX, RIS and a formatted reference. The archive link pins the paragraph (#pN); the
// original source is given too when one was recorded.

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** "7 April 2016", "April 2016" or "2016": a date as known, never completed. */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined]
  if (m === undefined) return String(y)
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`
  return `${d} ${MONTHS[m - 1]} ${y}`
}

export function citedUrl({ archiveUrl, paragraph }: Pick<CitationInput, 'archiveUrl' | 'paragraph'>): string {
  return paragraph ? `${archiveUrl}#p${paragraph}` : archiveUrl
}

function authors(statement: Statement): string[] {
  if (statement.speakers.length) return statement.speakers.map((s) => s.name)
  return statement.issuer ? [statement.issuer] : []
}

/** "Ada Quillfeather" → "Quillfeather, Ada": the order BibTeX and RIS expect. */
function invertName(name: string): string {
  const parts = name.trim().split(/\s+/)
  if (parts.length < 2) return name
  return `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`
}

// -- Formatted -------------------------------------------------------------------------------

export function formattedCitation(input: CitationInput): string {
  const { statement: s } = input
  const names = authors(s)
  const who = names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ')
  const where = [TYPE_LABELS[s.type], input.countryName, s.issuer, s.place, longDate(s.date)].filter(Boolean).join(', ')
  const para = input.paragraph ? `, paragraph ${input.paragraph}` : ''
  const source = safeHttpUrl(s.source?.url)
  return [
    who ? `${who}. ` : '',
    `“${s.title}.” `,
    `${where}${para}. `,
    source ? `Originally published at ${source}. ` : '',
    `Statement Archive, ${citedUrl(input)}. `,
    `Accessed ${longDate(input.accessed)}.`,
  ].join('')
}

// -- BibTeX ----------------------------------------------------------------------------------

/** Escapes the characters BibTeX treats as syntax, so any title survives a round trip. */
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

/** Escapes the characters BibTeX treats as syntax, in one pass so no escape is escaped again. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_ESCAPES[c] ?? `\\${c}`).replace(/\s+/g, ' ')
}

export function bibtexKey(statement: Statement, paragraph?: number): string {
  const lead = statement.speakers[0]?.name.split(/\s+/).at(-1) ?? statement.issuer?.split(/\s+/)[0] ?? 'statement'
  const word = statement.title.toLowerCase().match(/[a-z]{4,}/)?.[0] ?? ''
  const base = `${lead.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase()}${statement.date.slice(0, 4)}${word}`
  return paragraph ? `${base}_p${paragraph}` : base
}

export function bibtexCitation(input: CitationInput): string {
  const { statement: s } = input
  const [y, m] = s.date.split('-').map(Number) as [number, number | undefined]
  const names = authors(s)
  const source = safeHttpUrl(s.source?.url)
  const notes = [
    TYPE_LABELS[s.type],
    input.countryName ? `on behalf of ${escapeBibtex(input.countryName)}` : '',
    s.place ? `given in ${escapeBibtex(s.place)}` : '',
    input.paragraph ? `paragraph ${input.paragraph}` : '',
    source ? `originally published at \\url{${source}}` : '',
  ].filter(Boolean)
  const author = s.speakers.length
    ? names.map((n) => escapeBibtex(invertName(n))).join(' and ')
    : // An organisation goes in an extra pair of braces so BibTeX does not split it into names.
      names.map((n) => `{${escapeBibtex(n)}}`).join(' and ')
  const publisher = s.source?.publisher ?? s.issuer
  const fields: Array<[string, string | undefined]> = [
    ['author', author ? `{${author}}` : undefined],
    ['title', `{{${escapeBibtex(s.title)}}}`],
    ['year', `{${y}}`],
    // Month macros are bare words; a date known only to the year has none.
    ['month', m === undefined ? undefined : BIBTEX_MONTHS[m - 1]],
    ['date', `{${s.date}}`],
    ['publisher', publisher ? `{${escapeBibtex(publisher)}}` : undefined],
    ['howpublished', '{Statement Archive}'],
    ['url', `{${citedUrl(input)}}`],
    ['urldate', `{${input.accessed}}`],
    ['note', `{${notes.join('; ')}}`],
  ]
  const body = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k} = ${v}`)
  return `@misc{${bibtexKey(s, input.paragraph)},\n${body.join(',\n')}\n}\n`
}

// -- RIS -------------------------------------------------------------------------------------

export function risCitation(input: CitationInput): string {
  const { statement: s } = input
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`
  const lines = [line('TY', 'GOVDOC')]
  for (const name of s.speakers.map((sp) => sp.name)) lines.push(line('AU', invertName(name)))
  if (!s.speakers.length && s.issuer) lines.push(line('A2', s.issuer))
  lines.push(line('TI', s.title))
  lines.push(line('PY', s.date.slice(0, 4)))
  // RIS dates are YYYY/MM/DD with empty parts for what is unknown; a year alone is PY only.
  const precision = datePrecision(s.date)
  if (precision !== 'year') lines.push(line('DA', precision === 'day' ? s.date.replace(/-/g, '/') : `${s.date.replace('-', '/')}/`))
  if (s.issuer) lines.push(line('PB', s.issuer))
  if (s.place) lines.push(line('CY', s.place))
  lines.push(line('M3', TYPE_LABELS[s.type]))
  lines.push(line('UR', citedUrl(input)))
  const source = safeHttpUrl(s.source?.url)
  if (source) lines.push(line('L2', source))
  lines.push(line('Y2', input.accessed.replace(/-/g, '/')))
  if (input.countryName) lines.push(line('N1', `On behalf of ${input.countryName}`))
  if (input.paragraph) lines.push(line('N1', `Paragraph ${input.paragraph}`))
  lines.push(line('DB', 'Statement Archive'))
  lines.push('ER  - ')
  return `${lines.join('\r\n')}\r\n`
}
