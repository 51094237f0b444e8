import { inMemoryRanker } from '../../src/search/in-memory-ranker.ts'
import { scanQuery } from '../../src/search/naive-scan.ts'
import { parseQuery, type QueryTerm } from '../../src/search/query-syntax.ts'
import type { Ranker } from '../../src/search/ranker.ts'
import { passesFilters, type BenchEngine } from './bench-engine.ts'

// The ground truth as an engine: every statement read for every query (naive-scan.ts), then the
// filters. Its query time is what the archive's index saves. Words and prefixes stand for the
// ranker's own readings of them, so a ranker is built beside it for those alone; its build time
// is the first reading of the corpus, which the scan keeps as word lists. It has no serialised
// index and no ranking: it lists what matches, newest first.

export const naiveScanEngine: BenchEngine = {
  name: 'naive-scan',
  ranks: false,
  async build(corpus) {
    let ranker: Ranker | undefined = inMemoryRanker(corpus)
    const expand = (term: QueryTerm) => (ranker as Ranker).termExpansions(term).map((e) => e.term)
    const scan = (q: string) => scanQuery(corpus, parseQuery(q), expand)
    const started = performance.now()
    scan('')
    const buildMs = performance.now() - started
    return {
      buildMs,
      engine: {
        indexBytes: NaN,
        indexBytesGz: NaN,
        loadMs: 0,
        search: (q) => scan(q.q).filter((doc) => passesFilters(corpus, doc, q.filters)).slice(0, 10),
        dispose: () => {
          ranker = undefined
        },
      },
    }
  },
}
