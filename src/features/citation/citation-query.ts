import { queryOptions } from '@tanstack/react-query'
import type { CitationInput } from '../../research/csl-item.ts'
import { citeStatement } from './citation-client.ts'

/** A statement's citations (or one paragraph's), made once per statement, paragraph and day. */
export function citationsQueryOptions(input: CitationInput) {
  return queryOptions({
    queryKey: ['citations', input.statement.id, input.paragraph ?? 0, input.accessed, input.archiveUrl, input.countryName ?? ''],
    queryFn: () => citeStatement(input),
    staleTime: Infinity,
  })
}

/** "p3" → 3 when the statement has a third paragraph: the paragraph the address pins. */
export function pinnedParagraph(hash: string, paragraphs: number): number | undefined {
  const n = Number(/^p(\d+)$/.exec(hash)?.[1])
  return Number.isInteger(n) && n >= 1 && n <= paragraphs ? n : undefined
}
