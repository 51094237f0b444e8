import { gzipSync } from 'node:zlib'
import MiniSearch, { type Query } from 'minisearch'
import { parseQuery, usesSyntax, type ParsedQuery, type QueryTerm } from '../../src/search/query-syntax.ts'
import { tokenize } from '../../src/search/tokenize.ts'
import { fieldsOf, passesFilters, type BenchEngine } from './bench-engine.ts'

// The peer: MiniSearch with fuzzy 0.2 and prefix search, given our tokenizer (so both see the
// same words) and the same field boosts. Filters run through its `filter` option. Plain words
// go in as typed; a query with syntax goes in as the query tree below.

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

/**
 * Our parsed query as a MiniSearch query tree, as far as MiniSearch can say it: clauses with
 * AND, a clause's terms with OR, exclusions with AND_NOT (exact words, title and text only, as
 * ours). MiniSearch keeps no positions, so a phrase is its words with AND, exact: a bag of
 * words, and so is an excluded phrase, which then leaves out every statement holding all its
 * words. `word*` is a prefix search without fuzziness; `title:` searches the title field only.
 */
function queryTree(parsed: ParsedQuery): Query {
  const exact = { fuzzy: false, prefix: false }
  const term = (t: QueryTerm): Query => {
    const fields = t.titleOnly ? { fields: ['title'] } : {}
    if (t.kind === 'phrase') return { combineWith: 'AND', queries: t.words, ...exact, ...fields }
    if (t.kind === 'prefix') return { queries: t.words, fuzzy: false, prefix: true, ...fields }
    return { queries: t.words, ...fields }
  }
  const wanted: Query = parsed.clauses.length
    ? { combineWith: 'AND', queries: parsed.clauses.map((clause): Query => ({ combineWith: 'OR', queries: clause.map(term) })) }
    : MiniSearch.wildcard
  if (parsed.excluded.length === 0) return wanted
  const unwanted = parsed.excluded.map((t): Query => ({ combineWith: 'AND', queries: [term(t)], ...exact, fields: t.titleOnly ? ['title'] : ['title', 'body'] }))
  return { combineWith: 'AND_NOT', queries: [wanted, ...unwanted] }
}

export const minisearchEngine: BenchEngine = {
  name: 'minisearch',
  ranks: true,
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
        search: (q) => {
          const parsed = parseQuery(q.q)
          return (engine as MiniSearch)
            .search(usesSyntax(parsed) ? queryTree(parsed) : q.q, q.filters ? { filter: (r) => passesFilters(corpus, r.id as number, q.filters) } : {})
            .slice(0, 10)
            .map((r) => r.id as number)
        },
        dispose: () => {
          engine = undefined
        },
      },
    }
  },
}
