import { gzipSync } from 'node:zlib'
import { Ranker } from '../../src/search/ranker.ts'
import { decodeSearchFile, encodeSearchFile } from '../../src/search/search-file-codec.ts'
import { buildSearchIndex } from '../../src/search/search-index-build.ts'
import { toSearchQuery as fromParams } from '../../src/search/search-params.ts'
import type { SearchQuery } from '../../src/search/search-types.ts'
import type { BenchEngine, BenchQuery } from './bench-engine.ts'

// Ours, the way the search worker uses it: the index is built once, the search file is decoded
// from its bytes, and posting shards are handed over on demand (from memory here, fetched there).
// The catalog (titles, ids, speakers' roles: what result rows show) is display data the page
// loads in parallel; it is not counted as index, as MiniSearch's stored documents are not.

export function toSearchQuery(query: BenchQuery, sort: SearchQuery['sort'] = 'relevance'): SearchQuery {
  return { ...fromParams({}), ...query.filters, q: query.q, sort }
}

export const archiveEngine: BenchEngine = {
  name: 'archive',
  ranks: true,
  async build(corpus) {
    const started = performance.now()
    const parts = buildSearchIndex(corpus)
    const buildMs = performance.now() - started
    // Nothing but the serialised parts outlives this function, as in a browser.
    const searchFile = encodeSearchFile(parts.search)
    const shards = parts.shards
    const indexBytes = searchFile.length + shards.reduce((n, s) => n + s.length, 0)
    const indexBytesGz = gzipSync(searchFile).length + shards.reduce((n, s) => n + gzipSync(s).length, 0)

    const loadStarted = performance.now()
    let engine: Ranker | undefined = Ranker.fromFile(decodeSearchFile(searchFile), async (i) => shards[i] as Uint8Array)
    const loadMs = performance.now() - loadStarted
    return {
      buildMs,
      engine: {
        indexBytes,
        indexBytesGz,
        loadMs,
        prepare: async (q) => engine?.prepare(q.q),
        search: (q) => (engine as Ranker).search(toSearchQuery(q)).ids.slice(0, 10),
        searchAll: (q) => [...(engine as Ranker).search(toSearchQuery(q)).ids],
        dispose: () => {
          engine = undefined
          shards.length = 0
        },
      },
    }
  },
}
