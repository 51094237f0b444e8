import { typoBudget } from './query-syntax.ts'
import { Vocabulary } from './vocabulary.ts'
import {
  blockFile,
  blockOf,
  blocksOfPrefix,
  reverse,
  reversedFile,
  startFile,
  startKeyOf,
  type TermBlock,
  type TermList,
  type VocabularyIndex,
} from './vocabulary-files.ts'

// The vocabulary as a search in the browser holds it: only the files its queries needed
// (vocabulary-files.ts). It answers as the whole vocabulary would, for the words whose files
// are here; a lookup that needs a file not yet here counts a miss and answers as if the term
// were absent, and the ranker, which asks in `collect`, fetches what was missed and asks again.

/** Fetches one file of the vocabulary, by name, as parsed JSON. */
export type LoadVocabularyFile = (name: string) => Promise<unknown>

const MAX_LENGTH_DIFFERENCE = 2

export class ChunkedVocabulary extends Vocabulary {
  private readonly terms: Array<string | undefined>
  private readonly loaded = new Set<string>()
  private readonly pending = new Map<string, Promise<void>>()
  private readonly byStart: ReadonlySet<string>
  private readonly lengths = new Map<number, number[]>()
  private readonly placed: Uint8Array
  /** Every term here, found without its block: a typo reading came in a first-letter file. */
  private readonly places = new Map<string, number>()
  private needs: Set<string> | undefined

  constructor(
    private readonly index: VocabularyIndex,
    private readonly load: LoadVocabularyFile,
  ) {
    super('', new Int32Array(index.terms))
    this.terms = new Array<string | undefined>(index.terms)
    this.placed = new Uint8Array(index.terms)
    this.byStart = new Set(index.byStart)
  }

  /**
   * Runs `lookups`, noting the files they found missing instead of failing: the names of the
   * files to fetch before running them again. Outside it, a missing file is an error.
   */
  override collect(lookups: () => void): string[] {
    this.needs = new Set()
    try {
      lookups()
      return [...this.needs]
    } finally {
      this.needs = undefined
    }
  }

  /** Fetches these files, each once however often asked; a failed fetch is tried again next time. */
  override async fetch(names: readonly string[]): Promise<void> {
    await Promise.all(
      names.map((name) => {
        if (this.loaded.has(name)) return undefined
        let p = this.pending.get(name)
        if (!p) {
          p = this.load(name).then((data) => {
            this.add(name, data)
            this.loaded.add(name)
          })
          this.pending.set(name, p)
          // Not kept once settled: a failure is tried again, a success is in `loaded`.
          p.then(
            () => this.pending.delete(name),
            () => this.pending.delete(name),
          )
        }
        return p
      }),
    )
  }

  override shardOfTerm(term: string): number | undefined {
    return this.index.shardFirst.length ? blockOf(this.index.shardFirst, term) : undefined
  }

  override shardsOfPrefix(prefix: string): number[] {
    return this.index.shardFirst.length ? blocksOfPrefix(this.index.shardFirst, prefix) : []
  }

  override termAt(index: number): string {
    const term = this.terms[index]
    if (term === undefined) throw new RangeError(`vocabulary term ${index} is not loaded`)
    return term
  }

  protected override lengthOf(index: number): number {
    return this.termAt(index).length
  }

  /** Needs the one block where the term's place falls. */
  protected override lowerBound(term: string): number {
    const k = blockOf(this.index.blockFirst, term)
    if (!this.has(blockFile(k))) return this.index.blockStarts[k] as number
    let lo = this.index.blockStarts[k] as number
    let hi = this.index.blockStarts[k + 1] ?? this.index.terms
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.termAt(mid) < term) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  override indexOf(term: string): number {
    const known = this.places.get(term)
    if (known !== undefined) return known
    const misses = this.misses
    const i = this.lowerBound(term)
    return this.misses === misses && i < this.size && this.terms[i] === term ? i : -1
  }

  override prefixRange(prefix: string): [number, number] {
    const misses = this.misses
    for (const k of blocksOfPrefix(this.index.blockFirst, prefix)) this.has(blockFile(k))
    return this.misses === misses ? super.prefixRange(prefix) : [0, 0]
  }

  /** Needs the word's first-letter files of five lengths, and, with two typos to spend, the reversed blocks of its suffix. */
  override candidates(word: string): number[] {
    const misses = this.misses
    for (let len = word.length - MAX_LENGTH_DIFFERENCE; len <= word.length + MAX_LENGTH_DIFFERENCE; len++) {
      const key = startKeyOf(word.charCodeAt(0), len)
      if (this.byStart.has(key)) this.has(startFile(key))
    }
    if (typoBudget(word) >= 2) {
      for (const k of blocksOfPrefix(this.index.reversedFirst, reverse(word.slice(2)))) this.has(reversedFile(k))
    }
    return this.misses === misses ? super.candidates(word) : []
  }

  /**
   * In place order, as the whole vocabulary lists them: Fuse breaks ties by the order it was
   * given, so the same candidates must come in the same order for the same readings.
   */
  protected override membersOfLength(length: number): readonly number[] | undefined {
    return this.lengths.get(length)?.slice().sort((a, b) => a - b)
  }

  /** Whether a file is here; when not, a miss, and a file to fetch. */
  private has(name: string): boolean {
    if (this.loaded.has(name)) return true
    this.misses++
    if (!this.needs) throw new RangeError(`vocabulary file ${name} is not loaded`)
    this.needs.add(name)
    return false
  }

  private add(name: string, data: unknown): void {
    if (name.startsWith('b')) {
      const block = data as TermBlock
      const start = this.index.blockStarts[Number(name.slice(1, -5))] as number
      block.t.forEach((t, i) => this.place(start + i, t, block.d[i] as number))
    } else {
      const list = data as TermList
      let place = 0
      list.t.forEach((t, i) => {
        place += list.i[i] as number
        this.place(place, t, list.d[i] as number)
      })
    }
  }

  private place(index: number, term: string, df: number): void {
    if (this.placed[index]) return
    this.placed[index] = 1
    this.terms[index] = term
    this.places.set(term, index)
    this.df[index] = df
    const list = this.lengths.get(term.length)
    if (list) list.push(index)
    else this.lengths.set(term.length, [index])
    // The bigram bucket of this length no longer lists every term of it that is here.
    this.buckets.delete(term.length)
  }
}
