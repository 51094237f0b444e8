import type { Statement } from '../corpus/schema.ts'
import { downloadName } from '../lib/download-name.ts'
import { TYPE_LABELS } from '../corpus/statement-types.ts'
import type { Catalog } from '../search/catalog.ts'
import type { CitationInput } from './csl-item.ts'

// Export of a result set: every match, in result order, not just the rows on screen.

export const CSV_COLUMNS = [
  'id',
  'date',
  'title',
  'type',
  'speakers',
  'speaker_ids',
  'roles',
  'issuer',
  'country',
  'country_code',
  'topics',
  'place',
  'source_url',
  'source_publisher',
  'archive_url',
  'paragraphs',
  'text',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]
export type ExportRow = Record<CsvColumn, string | number>

/** One statement as a row; `labels` names topics and countries as the page shows them. */
export function exportRow(statement: Statement, archiveUrl: (id: string) => string, labels: Pick<Catalog, 'label'>): ExportRow {
  const s = statement
  return {
    id: s.id,
    date: s.date,
    title: s.title,
    type: TYPE_LABELS[s.type],
    speakers: s.speakers.map((sp) => sp.name).join('; '),
    speaker_ids: s.speakers.map((sp) => sp.id).join('; '),
    roles: s.speakers.map((sp) => sp.role ?? '').join('; '),
    issuer: s.issuer ?? '',
    country: s.country ? labels.label('country', s.country) : '',
    country_code: s.country ?? '',
    topics: s.topics.map((t) => labels.label('topic', t)).join('; '),
    place: s.place ?? '',
    source_url: s.source?.url ?? '',
    source_publisher: s.source?.publisher ?? '',
    archive_url: archiveUrl(s.id),
    paragraphs: s.paragraphs.length,
    // Paragraphs stay apart as blank lines; the CSV quoting keeps them in one cell.
    text: s.paragraphs.join('\n\n'),
  }
}

/** Async because the CSV library is fetched on first use: most visits never export. */
export async function toCsv(rows: readonly ExportRow[]): Promise<string> {
  const { default: Papa } = await import('papaparse')
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) },
    {
      // A cell starting with = + - @ would run as a formula in a spreadsheet; statement text is
      // untrusted, so such cells are prefixed with a quote mark.
      escapeFormulae: true,
      newline: '\r\n',
    },
  )
}

export interface JsonExport {
  exportedAt: string
  search: string
  total: number
  statements: Statement[]
}

export function toJson(statements: readonly Statement[], search: string, exportedAt: string): string {
  const doc: JsonExport = { exportedAt, search, total: statements.length, statements: [...statements] }
  return `${JSON.stringify(doc, null, 2)}\n`
}

/** The results as citation inputs: each with its archive address, and the day of the export as the access date. */
export function citationInputs(statements: readonly Statement[], archiveUrl: (id: string) => string, labels: Pick<Catalog, 'label'>, accessed: string): CitationInput[] {
  return statements.map((statement) => ({
    statement,
    archiveUrl: archiveUrl(statement.id),
    accessed,
    countryName: statement.country ? labels.label('country', statement.country) : undefined,
  }))
}

export type ExportExtension = 'csv' | 'json' | 'bib' | 'ris' | 'csl.json'

/** "statements-cyber-eu-nato-2026-05-03.csv" */
export function exportFileName(query: string, day: string, extension: ExportExtension): string {
  return downloadName('statements', query, day, extension)
}
