import { decodePostings, type PostingList } from './postings.ts'
import { readShard } from './index-format.ts'

// Posting shards, loaded on demand and decoded one term at a time. Decoded lists are kept in a
// small least-recently-used cache: typing re-asks for the same terms keystroke after keystroke,
// but a cache without a bound would end up holding the whole index decoded, several times the
// size of the shards themselves.

export type LoadShard = (shard: number) => Promise<Uint8Array>

/** Decoded postings kept at most, counted in postings (12 bytes each). */
const CACHE_POSTINGS = 2_000_000

type ShardTerms = ReturnType<typeof readShard>

export class PostingStore {
  private readonly shards: Array<ShardTerms | undefined>
  private readonly pending = new Map<number, Promise<void>>()
  private readonly cache = new Map<number, PostingList>()
  private cached = 0

  constructor(
    private readonly shardStarts: readonly number[],
    readonly df: Int32Array,
    private readonly loadShard?: LoadShard,
  ) {
    this.shards = new Array<ShardTerms | undefined>(shardStarts.length)
  }

  /** The shard holding term `index`: the last shard starting at or before it. */
  shardOf(index: number): number {
    let lo = 0
    let hi = this.shardStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((this.shardStarts[mid] as number) <= index) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  addShard(shard: number, bytes: Uint8Array): void {
    this.shards[shard] = readShard(bytes)
  }

  isLoaded(index: number): boolean {
    return this.shards[this.shardOf(index)] !== undefined
  }

  /** Loads every shard the given terms live in; each shard is fetched once, however often asked. */
  async ensure(indices: Iterable<number>): Promise<void> {
    const wanted = new Set<number>()
    for (const i of indices) {
      const shard = this.shardOf(i)
      if (this.shards[shard] === undefined) wanted.add(shard)
    }
    await Promise.all(
      Array.from(wanted, (shard) => {
        let p = this.pending.get(shard)
        if (!p) {
          const load = this.loadShard
          if (!load) return Promise.reject(new Error(`posting shard ${shard} is not loaded and there is no loader`))
          p = load(shard).then(
            (bytes) => {
              this.addShard(shard, bytes)
              this.pending.delete(shard)
            },
            (error: unknown) => {
              // Forget the failure, so that a retry fetches again.
              this.pending.delete(shard)
              throw error
            },
          )
          this.pending.set(shard, p)
        }
        return p
      }),
    )
  }

  /** The decoded postings of term `index`; its shard must be loaded (see `ensure`). */
  postings(index: number): PostingList {
    const hit = this.cache.get(index)
    if (hit) {
      // Re-inserting moves the entry to the back of Map's insertion order: the LRU position.
      this.cache.delete(index)
      this.cache.set(index, hit)
      return hit
    }
    const shard = this.shardOf(index)
    const terms = this.shards[shard]
    if (!terms) throw new Error(`posting shard ${shard} is not loaded; await ensure() first`)
    const streams = terms[index - (this.shardStarts[shard] as number)]
    if (!streams) throw new Error(`term ${index} is not in shard ${shard}`)
    const list = decodePostings(this.df[index] as number, streams.postings, streams.positions)
    this.cache.set(index, list)
    this.cached += list.length
    for (const [key, old] of this.cache) {
      if (this.cached <= CACHE_POSTINGS || key === index) break
      this.cache.delete(key)
      this.cached -= old.length
    }
    return list
  }
}
