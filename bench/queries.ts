import type { CompiledCorpus } from '../src/corpus/schema.ts'
import { PostingStore } from '../src/search/posting-store.ts'
import { buildSearchIndex } from '../src/search/search-index-build.ts'
import { tokenize } from '../src/search/tokenize.ts'
import { Vocabulary } from '../src/search/vocabulary.ts'
import { passesFilters, type BenchFilters, type BenchQuery } from './engines/bench-engine.ts'
import { toSearchQuery } from '../src/search/search-params.ts'

const { q: _q, sort: _sort, ...NO_FILTERS } = toSearchQuery({})
import { createRandom, type Random } from '../src/lib/seeded-random.ts'

// Seeded queries drawn from the corpus's own vocabulary, and the ground truth to score them:
// the statements holding every intended word exactly (for a typo, the word without the typo;
// for a word being typed, any word it begins), after the filters. Every engine is scored
// against the same sets, which no engine's ranking decides.

export interface ScoredQuery extends BenchQuery {
  /** Statement indices that answer the query; empty for a query meant to find nothing. */
  truth: ReadonlySet<number>
}

const STOP = new Set(
  'about after again against also among been before being between both could does during each from further have having here into just more most other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your'.split(' '),
)


const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** One edit: substitute, delete, insert or swap two neighbours; never the first letter. */
function typo(word: string, rnd: Random, known: (w: string) => boolean): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const at = 1 + rnd.int(word.length - 1)
    const letter = rnd.pick(LETTERS.split(''))
    let out: string
    switch (rnd.int(4)) {
      case 0:
        out = word.slice(0, at) + letter + word.slice(at + 1)
        break
      case 1:
        out = word.slice(0, at) + word.slice(at + 1)
        break
      case 2:
        out = word.slice(0, at) + letter + word.slice(at)
        break
      default:
        out = at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, -1) + letter
    }
    if (out !== word && !known(out)) return out
  }
  return `${word}q`
}

export function generateQueries(corpus: CompiledCorpus, seed = 11): ScoredQuery[] {
  const rnd = createRandom(seed)
  const { search, shards } = buildSearchIndex(corpus)
  const vocabulary = new Vocabulary(search.terms, search.df)
  const store = new PostingStore(search.shardStarts, vocabulary.df)
  shards.forEach((s, i) => store.addShard(i, s))
  const n = corpus.statements.length

  const docsWith = (term: string): Set<number> => {
    const i = vocabulary.indexOf(term)
    return i < 0 ? new Set() : new Set(store.postings(i).docs)
  }
  const docsWithPrefix = (prefix: string): Set<number> => {
    const [start, end] = vocabulary.prefixRange(prefix)
    const out = new Set<number>()
    for (let i = start; i < end; i++) for (const d of store.postings(i).docs) out.add(d)
    return out
  }
  const truthOf = (q: string, isPrefix: boolean, filters: BenchFilters | null): Set<number> => {
    const words = Array.from(new Set(tokenize(q).map((t) => t.term)))
    let set: Set<number> | null = null
    words.forEach((w, i) => {
      const docs = isPrefix && i === words.length - 1 ? docsWithPrefix(w) : docsWith(w)
      set = set ? new Set([...(set as Set<number>)].filter((d) => docs.has(d))) : docs
    })
    return new Set([...((set as Set<number> | null) ?? [])].filter((d) => passesFilters(corpus, d, filters)))
  }

  const words = search.terms
    .split('\n')
    .map((term, i) => ({ term, df: vocabulary.df[i] as number }))
    .filter(({ term }) => /^[a-z]{5,}$/.test(term) && !STOP.has(term))
  const byDf = [...words].sort((a, b) => a.df - b.df)
  const common = byDf.filter((w) => w.df >= Math.max(3, n * 0.002) && w.df <= n * 0.3)
  const commonPool = common.length >= 20 ? common : byDf.slice(Math.floor(byDf.length / 2))
  const rarePool = byDf.filter((w) => w.df <= 3 && w.term.length >= 6)
  const rare = rarePool.length >= 20 ? rarePool : byDf.slice(0, Math.max(20, Math.floor(byDf.length / 10)))
  const known = (w: string) => vocabulary.indexOf(w) >= 0

  const base: Array<{ kind: BenchQuery['kind']; q: string; clean?: string }> = []
  for (let i = 0; i < 10; i++) base.push({ kind: 'exact', q: rnd.pick(commonPool).term })
  for (let i = 0; i < 12; i++) {
    const pool = (i % 2 ? rare : commonPool).filter((w) => w.term.length >= 6)
    const clean = rnd.pick(pool.length ? pool : commonPool).term
    base.push({ kind: 'typo', q: typo(clean, rnd, known), clean })
  }
  for (let i = 0; i < 10; i++) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const s = rnd.pick(corpus.statements)
      const tokens = tokenize(s.paragraphs.join(' ')).map((t) => t.term)
      const k = rnd.int(Math.max(1, tokens.length - 1))
      const a = tokens[k]
      const b = tokens[k + 1]
      if (a && b && a !== b && /^[a-z]{4,}$/.test(a) && /^[a-z]{4,}$/.test(b) && !STOP.has(a) && !STOP.has(b)) {
        base.push({ kind: 'two-words', q: `${a} ${b}` })
        break
      }
    }
  }
  for (let i = 0; i < 8; i++) base.push({ kind: 'rare', q: rnd.pick(rare).term })
  for (let i = 0; i < 5; i++) {
    let w: string
    do w = Array.from({ length: 9 }, () => rnd.pick('qxzjkvwy'.split(''))).join('')
    while (known(w))
    base.push({ kind: 'no-hit', q: w })
  }
  for (let i = 0; i < 10; i++) {
    const long = commonPool.filter((w) => w.term.length >= 7)
    const word = rnd.pick(long.length ? long : commonPool).term
    const prefix = word.slice(0, 3 + rnd.int(3))
    base.push({ kind: 'prefix', q: i % 2 ? `${rnd.pick(commonPool).term} ${prefix}` : prefix })
  }

  const out: ScoredQuery[] = []
  for (const b of base) {
    const isPrefix = b.kind === 'prefix'
    const truthText = b.kind === 'no-hit' ? null : (b.clean ?? b.q)
    const truth = truthText === null ? new Set<number>() : truthOf(truthText, isPrefix, null)
    out.push({ ...b, filters: null, truth })
    // The filtered twin: a filter that keeps some of the answers, drawn from one of them.
    const sample = truth.size ? rnd.pick([...truth]) : rnd.int(n)
    const s = corpus.statements[sample]
    if (!s) continue
    let filters: BenchFilters
    switch (out.length % 4) {
      case 0:
        filters = { ...NO_FILTERS, speaker: s.speakers[0] ? [s.speakers[0].id] : [], type: s.speakers[0] ? [] : [s.type] }
        break
      case 1:
        filters = { ...NO_FILTERS, topic: s.topics.slice(0, 1), type: s.topics.length ? [] : [s.type] }
        break
      case 2:
        filters = { ...NO_FILTERS, type: [s.type] }
        break
      default:
        filters = { ...NO_FILTERS, from: `${s.date.slice(0, 4)}-01-01`, to: `${s.date.slice(0, 4)}-12-31` }
    }
    const filteredTruth = truthText === null ? new Set<number>() : truthOf(truthText, isPrefix, filters)
    out.push({ ...b, filters, truth: filteredTruth })
  }
  return out
}
