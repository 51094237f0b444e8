import type { CompiledCorpus, Statement } from '../src/corpus/schema.ts'
import { createRandom, type Random } from '../src/lib/seeded-random.ts'
import { rankerFromIndex } from '../src/search/in-memory-ranker.ts'
import { scanQuery } from '../src/search/naive-scan.ts'
import { PostingStore } from '../src/search/posting-store.ts'
import { parseQuery, type QueryTerm } from '../src/search/query-syntax.ts'
import { buildSearchIndex } from '../src/search/search-index-build.ts'
import { toSearchQuery } from '../src/search/search-params.ts'
import { tokenize } from '../src/search/tokenize.ts'
import { Vocabulary } from '../src/search/vocabulary.ts'
import { passesFilters, type BenchFilters, type BenchQuery, type TypoEdit } from './engines/bench-engine.ts'

const { q: _q, sort: _sort, ...NO_FILTERS } = toSearchQuery({})

// Seeded queries drawn from the corpus's own text, and the ground truth to score them. For
// plain words: the statements holding every intended word exactly (for a typo, the word without
// the typo; for a word being typed, any word it begins), after the filters. For the query
// syntax (phrases, exclusions, OR, word*): the naive scan's reading of every statement
// (src/search/naive-scan.ts), after the filters. Every engine is scored against the same sets,
// which no engine's ranking decides. The syntax queries come from a random stream of their own,
// so the plain ones are the very queries earlier runs asked.

export interface ScoredQuery extends BenchQuery {
  /** Statement indices that answer the query; empty for a query meant to find nothing. */
  truth: ReadonlySet<number>
}

const STOP = new Set(
  'about after again against also among been before being between both could does during each from further have having here into just more most other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your'.split(' '),
)


const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** One edit: substitute, delete, insert or swap two neighbours; never the first letter. */
function typo(word: string, rnd: Random, known: (w: string) => boolean): { q: string; edit: TypoEdit } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const at = 1 + rnd.int(word.length - 1)
    const letter = rnd.pick(LETTERS.split(''))
    let out: string
    let edit: TypoEdit
    switch (rnd.int(4)) {
      case 0:
        out = word.slice(0, at) + letter + word.slice(at + 1)
        edit = 'substitute'
        break
      case 1:
        out = word.slice(0, at) + word.slice(at + 1)
        edit = 'delete'
        break
      case 2:
        out = word.slice(0, at) + letter + word.slice(at)
        edit = 'insert'
        break
      default:
        out = at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, -1) + letter
        edit = at < word.length - 1 ? 'swap' : 'substitute'
    }
    if (out !== word && !known(out)) return { q: out, edit }
  }
  return { q: `${word}q`, edit: 'insert' }
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

  const base: QuerySeed[] = []
  for (let i = 0; i < 10; i++) base.push({ kind: 'exact', q: rnd.pick(commonPool).term })
  for (let i = 0; i < 12; i++) {
    const pool = (i % 2 ? rare : commonPool).filter((w) => w.term.length >= 6)
    const clean = rnd.pick(pool.length ? pool : commonPool).term
    base.push({ kind: 'typo', ...typo(clean, rnd, known), clean })
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
  const addWithTwin = (b: QuerySeed, truthOf: (filters: BenchFilters | null) => Set<number>) => {
    const truth = truthOf(null)
    out.push({ ...b, filters: null, truth })
    // The filtered twin: a filter that keeps some of the answers, drawn from one of them.
    const sample = truth.size ? rnd.pick([...truth]) : rnd.int(n)
    const s = corpus.statements[sample]
    if (!s) return
    const filters = filterFrom(s, out.length)
    out.push({ ...b, filters, truth: truthOf(filters) })
  }
  for (const b of base) {
    const isPrefix = b.kind === 'prefix'
    const truthText = b.kind === 'no-hit' ? null : (b.clean ?? b.q)
    addWithTwin(b, (filters) => (truthText === null ? new Set<number>() : truthOf(truthText, isPrefix, filters)))
  }

  // The syntax kinds, scored by the naive scan with the ranker's own readings of plain words.
  // The scan keeps the words of every statement it read, keyed by the corpus object: a copy of
  // it here lets those be freed once the truth is known, and the naive-scan engine read afresh.
  const ranker = rankerFromIndex(search, shards)
  const expand = (term: QueryTerm) => ranker.termExpansions(term).map((e) => e.term)
  const scanned = { ...corpus }
  const scan = (q: string) => scanQuery(scanned, parseQuery(q), expand)
  for (const b of syntaxSeeds(corpus, createRandom(seed + 1), { commonPool, docsWith, scan })) {
    const matching = scan(b.q)
    addWithTwin(b, (filters) => new Set(matching.filter((d) => passesFilters(corpus, d, filters))))
  }
  return out
}

type QuerySeed = Omit<BenchQuery, 'filters'>

function filterFrom(s: Statement, at: number): BenchFilters {
  switch (at % 4) {
    case 0:
      return { ...NO_FILTERS, speaker: s.speakers[0] ? [s.speakers[0].id] : [], type: s.speakers[0] ? [] : [s.type] }
    case 1:
      return { ...NO_FILTERS, topic: s.topics.slice(0, 1), type: s.topics.length ? [] : [s.type] }
    case 2:
      return { ...NO_FILTERS, type: [s.type] }
    default:
      return { ...NO_FILTERS, from: `${s.date.slice(0, 4)}-01-01`, to: `${s.date.slice(0, 4)}-12-31` }
  }
}

const isContent = (w: string | undefined): w is string => w !== undefined && /^[a-z]{4,}$/.test(w) && !STOP.has(w)

/**
 * Phrases, exclusions, OR and `word*`, drawn from the corpus's own text: runs of two to four
 * consecutive words of one paragraph, the commonest pairs of words, runs that occur nowhere
 * (two words of a run swapped, or its middle word left out, checked by the scan), words said
 * in the same statement.
 */
function syntaxSeeds(
  corpus: CompiledCorpus,
  rnd: Random,
  { commonPool, docsWith, scan }: { commonPool: ReadonlyArray<{ term: string }>; docsWith: (term: string) => Set<number>; scan: (q: string) => number[] },
): QuerySeed[] {
  const wordsOf = (text: string) => tokenize(text).map((t) => t.term)
  /** A run of `length` consecutive words of one paragraph, with a word of content in it. */
  const run = (length: number, s = rnd.pick(corpus.statements)): string[] => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const words = wordsOf(rnd.pick(s.paragraphs))
      if (words.length >= length) {
        const k = rnd.int(words.length - length + 1)
        const found = words.slice(k, k + length)
        if (found.some(isContent) && new Set(found).size === length) return found
      }
      if (attempt % 10 === 9) s = rnd.pick(corpus.statements)
    }
    throw new Error('bench: no statement has a run of words to make a phrase of')
  }
  /** A word of content said in statement `s`, not one of `but`. */
  const wordIn = (s: Statement, but: readonly string[] = []): string => {
    const words = wordsOf(s.paragraphs.join(' ')).filter((w) => isContent(w) && w.length >= 5 && !but.includes(w))
    return words.length ? rnd.pick(words) : rnd.pick(commonPool).term
  }
  const common = () => rnd.pick(commonPool).term
  const statementWith = (term: string): Statement => {
    const docs = [...docsWith(term)]
    return corpus.statements[docs.length ? rnd.pick(docs) : rnd.int(corpus.statements.length)] as Statement
  }
  const quoted = (words: readonly string[]) => `"${words.join(' ')}"`

  const seeds: QuerySeed[] = []
  for (let i = 0; i < 10; i++) seeds.push({ kind: 'phrase', q: quoted(run(2 + (i % 3))) })
  for (let i = 0; i < 4; i++) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [a, b, c] = run(3) as [string, string, string]
      const words = i % 2 ? [b, a] : [a, c]
      if (words.some(isContent) && scan(quoted(words)).length === 0) {
        seeds.push({ kind: 'phrase-absent', q: quoted(words) })
        break
      }
    }
  }
  for (let i = 0; i < 8; i++) {
    const s = rnd.pick(corpus.statements)
    const words = run(2 + (i % 2), s)
    seeds.push({ kind: 'phrase-word', q: `${quoted(words)} ${wordIn(s, words)}` })
  }
  for (let i = 0; i < 8; i++) {
    const word = common()
    const s = statementWith(word)
    seeds.push({ kind: 'exclusion', q: i % 2 ? `${word} -${wordIn(s, [word])}` : `${word} -${quoted(run(2, s))}` })
  }
  for (let i = 0; i < 8; i++) {
    if (i % 2 === 0) {
      seeds.push({ kind: 'or', q: `${common()} OR ${common()}` })
    } else {
      const s = rnd.pick(corpus.statements)
      const a = wordIn(s)
      seeds.push({ kind: 'or', q: `${a} ${wordIn(s, [a])} OR ${common()}` })
    }
  }
  for (let i = 0; i < 8; i++) {
    const long = commonPool.filter((w) => w.term.length >= 7)
    const word = rnd.pick(long.length ? long : commonPool).term
    const prefix = `${word.slice(0, 3 + rnd.int(3))}*`
    seeds.push({ kind: 'word*', q: i % 2 ? `${common()} ${prefix}` : prefix })
  }
  // The phrases that cost most: the commonest pairs of words ("united states"), each held by
  // thousands of statements, whose every position has to be read.
  const pairs = new Map<string, number>()
  for (let i = 0; i < 2000; i++) {
    for (const paragraph of rnd.pick(corpus.statements).paragraphs) {
      const words = wordsOf(paragraph)
      for (let k = 0; k + 1 < words.length; k++) {
        if (words[k] !== words[k + 1] && (isContent(words[k]) || isContent(words[k + 1]))) {
          const pair = `${words[k]} ${words[k + 1]}`
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
        }
      }
    }
  }
  const commonest = [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 20)
  for (let i = 0; i < 4; i++) seeds.push({ kind: 'phrase-common', q: `"${rnd.pick(commonest)[0]}"` })
  return seeds
}
