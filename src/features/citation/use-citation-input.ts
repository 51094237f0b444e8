import type { Statement } from '../../corpus/schema.ts'
import { archiveUrl } from '../../lib/archive-url.ts'
import { today } from '../../lib/today.ts'
import type { CitationInput } from '../../research/citation-formats.ts'

export function citationInput(statement: Statement, paragraph?: number): CitationInput {
  return { statement, archiveUrl: archiveUrl(`statements/${statement.id}`), paragraph, accessed: today() }
}
