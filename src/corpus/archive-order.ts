import { dateStart } from './partial-date.ts'
import type { CompiledCorpus, Statement, Topic } from './schema.ts'

// The order of a built archive: newest first by the start of each date's interval (a statement
// dated only "2016" sorts as of 1 January 2016), ties by id. A statement's place in it is its
// document number, which the search index, the catalog and the body files all use, so every
// step that builds or reads an archive orders it here.

export function compareArchiveOrder(a: Pick<Statement, 'date' | 'id'>, b: Pick<Statement, 'date' | 'id'>): number {
  return dateStart(b.date).localeCompare(dateStart(a.date)) || a.id.localeCompare(b.id)
}

/** Statements in archive order, with the topics as the app needs them (editorial notes dropped). */
export function archiveCorpus(statements: readonly Statement[], topics: readonly Topic[]): CompiledCorpus {
  return {
    statements: [...statements].sort(compareArchiveOrder),
    topics: topics.map(({ id, label, description }) => ({ id, label, description })),
  }
}
