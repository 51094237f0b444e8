import type { Catalog } from '../search/catalog.ts'
import type { Passage } from '../search/passages.ts'
import { downloadName } from '../lib/download-name.ts'

// Export of a concordance: every passage of a search, in the order the page shows them, one
// row each, with where it stands so that it can be cited and found again.

export const PASSAGE_CSV_COLUMNS = ['left', 'match', 'right', 'statement_id', 'paragraph', 'date', 'speaker', 'country', 'url'] as const
export type PassageCsvColumn = (typeof PASSAGE_CSV_COLUMNS)[number]
export type PassageRow = Record<PassageCsvColumn, string | number>

/**
 * One passage as a row. `statementUrl` is a statement's absolute address; the row's URL points
 * at the paragraph (`#pN`), as the statement page numbers them.
 */
export function passageRow(passage: Passage, catalog: Pick<Catalog, 'entry' | 'label'>, statementUrl: (id: string) => string): PassageRow {
  const s = catalog.entry(passage.doc)
  return {
    left: passage.left,
    match: passage.match,
    right: passage.right,
    statement_id: s.id,
    paragraph: passage.paragraph,
    date: s.date,
    // As result rows show it: the speakers, or the issuer of a statement nobody spoke.
    speaker: s.speakers.length ? s.speakers.map((sp) => sp.name).join('; ') : (s.issuer ?? ''),
    country: s.country ? catalog.label('country', s.country) : '',
    url: `${statementUrl(s.id)}#p${passage.paragraph}`,
  }
}

/** Async because the CSV library is fetched on first use: most visits never export. */
export async function passagesToCsv(rows: readonly PassageRow[]): Promise<string> {
  const { default: Papa } = await import('papaparse')
  return Papa.unparse(
    { fields: [...PASSAGE_CSV_COLUMNS], data: rows.map((r) => PASSAGE_CSV_COLUMNS.map((c) => r[c])) },
    // Statement text is untrusted: a context that starts with = + - @ would run as a formula
    // in a spreadsheet, so such cells are prefixed with a quote mark (as export-rows.ts does).
    { escapeFormulae: true, newline: '\r\n' },
  )
}

/** "passages-rules-based-international-order-2026-05-03.csv" */
export function passagesFileName(query: string, day: string): string {
  return downloadName('passages', query, day, 'csv')
}
