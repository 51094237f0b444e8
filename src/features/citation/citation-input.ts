import type { Statement } from '../../corpus/schema.ts'
import type { CitationInput } from '../../research/citation-formats.ts'

/** Today as the access date, in the person's own calendar day. */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function citationInput(statement: Statement, paragraph?: number): CitationInput {
  const archiveUrl = new URL(`${import.meta.env.BASE_URL}statements/${statement.id}`, window.location.origin).href
  return { statement, archiveUrl, paragraph, accessed: today() }
}
