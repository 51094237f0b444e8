// The basic build: plain fuzzy matching is all this needs, without extended search syntax.
import Fuse from 'fuse.js/basic'
import { typoBudget } from './query-syntax.ts'

// The corpus vocabulary and the ways a query word reaches into it. Fuse.js stays the fuzzy
// matcher, but never over the whole vocabulary (two hundred thousand terms on the briefings
// corpus, a hundred milliseconds a word): a length bucket and a bigram count first cut the
// candidates to the few that could be within Fuse's threshold, and Fuse ranks those.

export interface TermMatch {
  /** Index of the term in the sorted vocabulary. */
  index: number
  /** Fuse's score: 0 for a perfect match, up to the threshold. */
  score: number
}

const FUSE_THRESHOLD = 0.26
/** Fuse matches substrings too; a term much longer than the word is not a typo of it. */
const MAX_LENGTH_DIFFERENCE = 2
const MAX_FUSE_CANDIDATES = 3000

/**
 * The distinct bigrams of the word padded with ^ and $ (so that first and last letters count
 * too), each as one number: two UTF-16 code units side by side. Numbers, not two-letter strings,
 * because building the buckets walks every term of five lengths on a first fuzzy lookup.
 */
function bigramCodes(word: string): number[] {
  const out: number[] = []
  let previous = 0x5e // ^
  for (let i = 0; i <= word.length; i++) {
    const current = i < word.length ? word.charCodeAt(i) : 0x24 // $
    const code = previous * 0x10000 + current
    if (!out.includes(code)) out.push(code)
    previous = current
  }
  return out
}

/**
 * Whether a term can be a typo reading of a word at all, before Fuse and the edit distance say
 * how close: it starts with the word's first letter, or, for a word with two typos to spend,
 * it has the first letter wrong and ends with the word's letters from the third on (a typo on
 * the first letter counts as two, as Meilisearch counts it; the ranker checks the rest). What a
 * vocabulary fetched in parts must hold for a word (chunked-vocabulary.ts) follows from this.
 */
export function mayBeReadingOf(word: string, term: string): boolean {
  return term.charCodeAt(0) === word.charCodeAt(0) || (typoBudget(word) >= 2 && term.endsWith(word.slice(2)))
}

export class Vocabulary {
  readonly df: Int32Array
  /** The sorted terms joined by "\n", as the search file has them. */
  private readonly text: string
  /** Where each term starts in `text`, and one more entry where the next would. */
  private readonly starts: Int32Array
  /** Per term length, the bigram → term indices of that length; built on first use. */
  protected readonly buckets = new Map<number, Map<number, number[]>>()
  private byLength: Map<number, number[]> | undefined
  private readonly prefixCache = new Map<string, number[]>()
  private counts: Uint16Array | undefined
  /**
   * Lookups that found part of the vocabulary missing, so far. A vocabulary held whole has
   * none; one fetched in parts counts them, and what they found is not cached.
   */
  misses = 0

  /**
   * `joined`: the terms, sorted in code-unit order and distinct, joined by "\n". Kept as one
   * string with offsets rather than split into two hundred thousand strings: splitting them
   * was the largest single cost of starting the search worker. A term becomes a string only
   * when a lookup reads it.
   */
  constructor(joined: string, df: ArrayLike<number>) {
    this.text = joined
    // Shared, not copied, when it is already typed: the posting store reads the same counts.
    this.df = df instanceof Int32Array ? df : Int32Array.from(df)
    const starts = new Int32Array(this.df.length + 1)
    let at = 0
    for (let i = 0; i < this.df.length; i++) {
      starts[i] = at
      const end = joined.indexOf('\n', at)
      at = end < 0 ? joined.length + 1 : end + 1
    }
    starts[this.df.length] = joined.length ? at : 0
    this.starts = starts
  }

  /**
   * Runs lookups and says which parts of the vocabulary they found missing, to be fetched
   * before running them again: none, for a vocabulary held whole (chunked-vocabulary.ts).
   */
  collect(lookups: () => void): string[] {
    lookups()
    return []
  }

  /** The posting shard a term would be in, known without its place; undefined when that takes the place. */
  shardOfTerm(_term: string): number | undefined {
    return undefined
  }

  /** The posting shards the terms beginning with `prefix` are in, known without their places; none when that takes them. */
  shardsOfPrefix(_prefix: string): number[] {
    return []
  }

  /** Fetches parts of the vocabulary that `collect` named; nothing to fetch when held whole. */
  async fetch(_names: readonly string[]): Promise<void> {}

  static fromTerms(terms: readonly string[], df: ArrayLike<number>): Vocabulary {
    return new Vocabulary(terms.join('\n'), df)
  }

  get size(): number {
    return this.df.length
  }

  /** The term at a sorted position. */
  termAt(index: number): string {
    return this.text.slice(this.starts[index], (this.starts[index + 1] as number) - 1)
  }

  protected lengthOf(index: number): number {
    return (this.starts[index + 1] as number) - (this.starts[index] as number) - 1
  }

  indexOf(term: string): number {
    const i = this.lowerBound(term)
    return i < this.size && this.termAt(i) === term ? i : -1
  }

  protected lowerBound(term: string): number {
    let lo = 0
    let hi = this.size
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.termAt(mid) < term) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The index range [start, end) of the terms that begin with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const start = this.lowerBound(prefix)
    // "\uffff" sorts after every character a term can continue with.
    const end = this.lowerBound(`${prefix}\uffff`)
    return [start, end]
  }

  /**
   * Up to `limit` longer terms beginning with `prefix`, the most frequent first. Cached per
   * prefix, because typing asks for the same short prefixes again and again, and those have
   * the widest ranges to rank.
   */
  completions(prefix: string, limit = 50): number[] {
    const key = `${limit}|${prefix}`
    const cached = this.prefixCache.get(key)
    if (cached) return cached
    const missesBefore = this.misses
    const [start, end] = this.prefixRange(prefix)
    let found: number[] = []
    for (let i = start; i < end; i++) found.push(i)
    if (found.length > limit) {
      found.sort((a, b) => (this.df[b] as number) - (this.df[a] as number) || a - b)
      found = found.slice(0, limit + 1)
    }
    found = found.filter((i) => this.lengthOf(i) > prefix.length).slice(0, limit)
    if (this.prefixCache.size > 2000) this.prefixCache.clear()
    if (this.misses === missesBefore) this.prefixCache.set(key, found)
    return found
  }

  /** The terms of one length, among those here. */
  protected membersOfLength(length: number): readonly number[] | undefined {
    if (!this.byLength) {
      this.byLength = new Map()
      for (let i = 0; i < this.size; i++) {
        const len = this.lengthOf(i)
        let list = this.byLength.get(len)
        if (!list) this.byLength.set(len, (list = []))
        list.push(i)
      }
    }
    return this.byLength.get(length)
  }

  private bucket(length: number): Map<number, number[]> | undefined {
    let bucket = this.buckets.get(length)
    if (bucket) return bucket
    const members = this.membersOfLength(length)
    if (!members) return undefined
    bucket = new Map()
    for (const i of members) {
      for (const gram of bigramCodes(this.termAt(i))) {
        let list = bucket.get(gram)
        if (!list) bucket.set(gram, (list = []))
        list.push(i)
      }
    }
    this.buckets.set(length, bucket)
    return bucket
  }

  /**
   * Terms that could be within Fuse's typo budget of `word`. An edit changes at most two of a
   * word's bigrams (a transposition three), so a term within k edits shares at least
   * (bigrams − 3k) of them; counting shared bigrams rules out all but a handful of terms.
   */
  candidates(word: string): number[] {
    const grams = bigramCodes(word)
    const edits = Math.max(1, Math.floor(FUSE_THRESHOLD * word.length))
    const needed = Math.max(1, grams.length - 3 * edits)
    // Shared-bigram counts per term, in a reused array the vocabulary's size: a Map would hash
    // tens of thousands of entries on a first, cold lookup.
    const counts = (this.counts ??= new Uint16Array(this.size))
    const touched: number[] = []
    for (let len = word.length - MAX_LENGTH_DIFFERENCE; len <= word.length + MAX_LENGTH_DIFFERENCE; len++) {
      const bucket = this.bucket(len)
      if (!bucket) continue
      for (const gram of grams) {
        const list = bucket.get(gram)
        if (!list) continue
        for (let k = 0; k < list.length; k++) {
          const i = list[k] as number
          const c = counts[i] as number
          if (c === 0) touched.push(i)
          counts[i] = c + 1
        }
      }
    }
    const out: Array<[number, number]> = []
    for (const i of touched) {
      const c = counts[i] as number
      if (c >= needed && mayBeReadingOf(word, this.termAt(i))) out.push([i, c])
      counts[i] = 0
    }
    if (out.length > MAX_FUSE_CANDIDATES) {
      out.sort((a, b) => b[1] - a[1])
      out.length = MAX_FUSE_CANDIDATES
    }
    return out.map(([i]) => i)
  }

  /** Terms within Fuse's threshold of `word` (the word itself included when present). */
  fuzzy(word: string, limit = 24): TermMatch[] {
    const candidates = this.candidates(word)
    if (candidates.length === 0) return []
    const fuse = new Fuse(
      candidates.map((i) => this.termAt(i)),
      { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true },
    )
    return fuse
      .search(word, { limit })
      .filter((r) => Math.abs(r.item.length - word.length) <= MAX_LENGTH_DIFFERENCE)
      .map((r) => ({ index: candidates[r.refIndex] as number, score: r.score ?? 1 }))
  }
}
