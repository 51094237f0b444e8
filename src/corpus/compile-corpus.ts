import { createHash } from 'node:crypto'
import type { CompiledCorpus, CorpusManifest, Statement, Topic } from './schema.ts'

export interface CompiledFiles {
  manifest: CorpusManifest
  corpusFileName: string
  corpusJson: string
}

/**
 * Newest first, so the app's default view needs no sort; ties break on id so that the same
 * input always yields the same bytes (and the same content hash).
 */
export function compileCorpus(statements: Statement[], topics: Topic[], builtAt: string): CompiledFiles {
  const sorted = [...statements].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
  // builtAt stays out of the hashed file: an unchanged corpus keeps its name and its cache.
  const corpus: CompiledCorpus = {
    statements: sorted,
    topics: topics.map(({ id, label, description }) => ({ id, label, description })),
  }
  const corpusJson = JSON.stringify(corpus)
  const hash = createHash('sha256').update(corpusJson).digest('hex').slice(0, 12)
  const corpusFileName = `corpus.${hash}.json`
  return {
    manifest: { version: 1, corpus: corpusFileName, statements: sorted.length, builtAt },
    corpusFileName,
    corpusJson,
  }
}
