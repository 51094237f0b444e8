import { editDistance } from './edit-distance.ts'
import { parseQuery, typoBudget, type ParsedQuery, type QueryTerm } from './query-syntax.ts'
import type { Expansion } from './search-types.ts'
import type { Vocabulary } from './vocabulary.ts'

// Which vocabulary terms a query's words stand for, and which files that takes. Apart from the
// ranker because it needs only the vocabulary: the search worker starts it for the address's
// query while the search file (the columns the ranker is built from) is still downloading.

const FUZZY_WEIGHT = 0.8
const FUZZY_WEIGHT_TYPING = 0.55
const FUZZY_WEIGHT_KNOWN = 0.3
const PREFIX_WEIGHT = 0.6
const DF_PRIOR = 0.3
const MAX_COMPLETIONS = 50
/** Words a `word*` stands for, the most frequent first: enough for any prefix of three letters. */
const MAX_PREFIX_TERMS = 2000
/**
 * The most shards a word being typed has guessed for the words it begins. A whole word's range
 * spans one or two ("cybersecurity" and "cybersecuritysm" lie in neighbouring shards), a short
 * prefix's hundreds, of which its completions, the most frequent fifty, read a few.
 */
const MAX_GUESSED_PREFIX_SHARDS = 3

/**
 * Whether ranking these terms reads positions: a phrase's run, a `title:` word's field, an
 * excluded word's (only the title and the text count), and the bonus for several words
 * standing together do; one plain word or a prefix does not. `search` throws rather than rank
 * without positions it needs.
 */
function readsPositions(parsed: ParsedQuery): boolean {
  let words = 0
  for (const term of parsed.clauses.flat()) {
    if (term.kind === 'phrase' || term.titleOnly) return true
    if (term.kind === 'word') words++
  }
  return words > 1 || parsed.excluded.length > 0
}

/** What `q` asks of the archive's files before it can be ranked. */
export interface QueryPlan {
  /** Every term of the query, excluded ones too. */
  terms: QueryTerm[]
  /** Whether ranking reads positions (unless the caller says). */
  positions: boolean
  /**
   * Each word's own posting shard, known from its spelling before its expansions are, and for
   * the word being typed those of the words it begins, when they are few: else the completion
   * in the next shard would be asked for only after the vocabulary's parts, a round trip later.
   */
  guessedShards: Set<number>
}

export function planQuery(q: string, vocabulary: Vocabulary, positions?: boolean): QueryPlan {
  const parsed = parseQuery(q)
  const terms = [...parsed.clauses.flat(), ...parsed.excluded]
  const guessedShards = new Set<number>()
  for (const term of terms) {
    for (const word of term.words) {
      const shard = vocabulary.shardOfTerm(word)
      if (shard !== undefined) guessedShards.add(shard)
    }
    const typed = term.words[0]
    if (term.typing && typed !== undefined) {
      const shards = vocabulary.shardsOfPrefix(typed)
      if (shards.length <= MAX_GUESSED_PREFIX_SHARDS) for (const shard of shards) guessedShards.add(shard)
    }
  }
  return { terms, positions: positions ?? readsPositions(parsed), guessedShards }
}

export class TermExpander {
  private readonly expansionCache = new Map<string, Expansion[]>()

  constructor(private readonly vocabulary: Vocabulary) {}

  /**
   * The vocabulary indices of every term these query terms read, fetching the vocabulary's
   * parts they need first: which terms a word stands for is only known once its parts are here.
   */
  async load(terms: readonly QueryTerm[]): Promise<number[]> {
    for (;;) {
      const indices: number[] = []
      const missing = this.vocabulary.collect(() => {
        for (const term of terms) for (const e of this.termExpansions(term)) indices.push(e.index)
      })
      if (missing.length === 0) return indices
      await this.vocabulary.fetch(missing)
    }
  }

  /**
   * The vocabulary terms a query word stands for: itself, words within its typo budget (none up
   * to 4 letters, one from 5, two from 9: Meilisearch's and Typesense's defaults), and, for the
   * word being typed, words it begins.
   */
  private expand(word: string, isLast: boolean): Expansion[] {
    const key = `${word}|${isLast}`
    const cached = this.expansionCache.get(key)
    if (cached) return cached
    // Found with part of the vocabulary missing, an expansion is not kept (chunked-vocabulary.ts).
    const misses = this.vocabulary.misses
    const found = new Map<number, { weight: number; corrected: boolean }>()
    const exact = this.vocabulary.indexOf(word)
    if (exact >= 0) found.set(exact, { weight: 1, corrected: false })
    const budget = typoBudget(word)
    if (budget > 0) {
      // Fuse scores 0 for a perfect match. A typo reading counts for at most 0.8 of an exact
      // match; far less when the word is itself in the corpus (then it is rarely a typo), and
      // less than a completion for the word being typed (then it is probably unfinished).
      // Among readings equally close, the common word is the likelier meaning: without that
      // prior, BM25's idf would put a rare near-miss above the word that was meant. Fuse finds
      // the readings; the typo budget, counted in edits, decides which of them are allowed.
      const most = exact >= 0 ? FUZZY_WEIGHT_KNOWN : isLast ? FUZZY_WEIGHT_TYPING : FUZZY_WEIGHT
      // A typo on the first letter counts as two, as Meilisearch counts it (vocabulary.ts).
      const allowed = (term: string) => editDistance(word, term, budget) + (term.charCodeAt(0) === word.charCodeAt(0) ? 0 : 1) <= budget
      const matches = this.vocabulary.fuzzy(word).filter((m) => allowed(this.vocabulary.termAt(m.index)))
      const maxDf = Math.max(1, ...matches.map((m) => this.vocabulary.df[m.index] as number))
      for (const m of matches) {
        const prior = ((this.vocabulary.df[m.index] as number) / maxDf) ** DF_PRIOR
        const weight = most * (1 - m.score) * prior
        if (weight > (found.get(m.index)?.weight ?? 0)) found.set(m.index, { weight, corrected: m.index !== exact })
      }
    }
    if (isLast && word.length >= 2) {
      for (const index of this.vocabulary.completions(word, MAX_COMPLETIONS)) {
        const had = found.get(index)
        if (!had || had.weight < PREFIX_WEIGHT) found.set(index, { weight: PREFIX_WEIGHT, corrected: false })
      }
    }
    const expansions = Array.from(found, ([index, { weight, corrected }]) => ({ term: this.vocabulary.termAt(index), weight, index, corrected }))
    if (this.expansionCache.size > 5000) this.expansionCache.clear()
    if (this.vocabulary.misses === misses) this.expansionCache.set(key, expansions)
    return expansions
  }

  /** The terms one query term reads: a word's expansions, a prefix's words, a phrase's words. */
  termExpansions(term: QueryTerm): Expansion[] {
    if (term.kind === 'word') {
      // Inside `title:` a word means itself: no typos, no completions.
      if (term.titleOnly) return this.exactly(term.words)
      return this.expand(term.words[0] as string, term.typing)
    }
    if (term.kind === 'prefix') {
      const prefix = term.words[0] as string
      const exact = this.vocabulary.indexOf(prefix)
      const completions = this.vocabulary.completions(prefix, MAX_PREFIX_TERMS)
      return [...(exact >= 0 ? [exact] : []), ...completions].map((index) => ({ term: this.vocabulary.termAt(index), weight: 1, index, corrected: false }))
    }
    return this.exactly(term.words)
  }

  exactly(words: readonly string[]): Expansion[] {
    const out: Expansion[] = []
    for (const word of words) {
      const index = this.vocabulary.indexOf(word)
      if (index >= 0) out.push({ term: word, weight: 1, index, corrected: false })
    }
    return out
  }
}
