import type { Statement } from '../../corpus/schema.ts'
import { archiveUrl } from '../../lib/archive-url.ts'
import { today } from '../../lib/today.ts'
import type { CitationInput } from '../../research/csl-item.ts'
import { useArchive } from '../search/use-search-state.ts'

/** What a citation of this statement needs beyond the statement: its address, today, its country's name. */
export function useCitationInput(statement: Statement, paragraph?: number): CitationInput {
  const { catalog } = useArchive()
  return {
    statement,
    archiveUrl: archiveUrl(`statements/${statement.id}`),
    paragraph,
    accessed: today(),
    countryName: statement.country ? catalog.label('country', statement.country) : undefined,
  }
}
