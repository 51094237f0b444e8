import { queryOptions } from '@tanstack/react-query'
import type { SearchEngine } from '../../search/search-engine.ts'

/**
 * The paragraphs and quotations of some statements. An engine built from a prebuilt index holds
 * only list metadata until asked; an in-memory engine has them already and answers at once.
 */
export function statementBodiesQueryOptions(engine: SearchEngine, key: readonly string[], docs: readonly number[]) {
  return queryOptions({
    queryKey: ['statement-bodies', ...key, docs.length],
    queryFn: async () => {
      await engine.loadBodies(docs)
      return docs.length
    },
    staleTime: Infinity,
  })
}
