import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import { tokenize } from '../../src/search/tokenize.ts'
import { fieldsOf, passesFilters, type BenchEngine } from './bench-engine.ts'

// The peer: MiniSearch with fuzzy 0.2 and prefix search, given our tokenizer (so both see the
// same words) and the same field boosts. Filters run through its `filter` option.

const options = {
  fields: ['title', 'speakers', 'topics', 'body'],
  tokenize: (text: string) => tokenize(text).map((t) => t.term),
  processTerm: (term: string) => term,
  searchOptions: {
    fuzzy: 0.2,
    prefix: true,
    boost: { speakers: 4, title: 3, topics: 2, body: 1 },
  },
}

export const minisearchEngine: BenchEngine = {
  name: 'minisearch',
  async build(corpus) {
    const started = performance.now()
    const built = new MiniSearch(options)
    built.addAll(fieldsOf(corpus))
    const buildMs = performance.now() - started
    const json = JSON.stringify(built)
    const indexBytes = Buffer.byteLength(json)
    const indexBytesGz = gzipSync(json).length
    const loadStarted = performance.now()
    let engine: MiniSearch | undefined = MiniSearch.loadJSON(json, options)
    const loadMs = performance.now() - loadStarted
    return {
      buildMs,
      engine: {
        indexBytes,
        indexBytesGz,
        loadMs,
        search: (q) =>
          (engine as MiniSearch)
            .search(q.q, q.filters ? { filter: (r) => passesFilters(corpus, r.id as number, q.filters) } : {})
            .slice(0, 10)
            .map((r) => r.id as number),
        dispose: () => {
          engine = undefined
        },
      },
    }
  },
}
