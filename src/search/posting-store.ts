import { decodePostings, NO_POSITIONS, type PostingList } from './postings.ts'
import { readShard } from './index-format.ts'

// Posting shards, loaded on demand and decoded one term at a time. Decoded lists are kept in a
// small least-recently-used cache: typing re-asks for the same terms keystroke after keystroke,
// but a cache without a bound would end up holding the whole index decoded, several times the
// size of the shards themselves.

export type LoadShard = (shard: number, signal?: AbortSignal) => Promise<Uint8Array>

/** A file on its way, and who still wants it. */
interface Pending {
  done: Promise<void>
  stop: AbortController
  /** Searches waiting for it that can give up (they were given a signal). */
  waiters: number
  /** Asked for by someone who cannot give up: it is never stopped. */
  kept: boolean
}

/** Decoded postings kept at most, counted in postings (12 bytes each). */
const CACHE_POSTINGS = 2_000_000

type ShardTerms = ReturnType<typeof readShard>

/**
 * A shard's positions come with it (one file), or, given `loadPositions`, in a file of their
 * own, fetched only for queries that read positions (phrases, `title:`, several words, passages):
 * a single word ranks by its postings alone, a fifth of the bytes.
 */
export class PostingStore {
  private readonly shards: Array<ShardTerms | undefined>
  private readonly positions: Array<ShardTerms | undefined>
  private readonly pending = new Map<string, Pending>()
  private readonly cache = new Map<number, PostingList>()
  private cached = 0

  constructor(
    private readonly shardStarts: readonly number[],
    readonly df: Int32Array,
    private readonly loadShard?: LoadShard,
    private readonly loadPositions?: LoadShard,
  ) {
    this.shards = new Array<ShardTerms | undefined>(shardStarts.length)
    this.positions = new Array<ShardTerms | undefined>(shardStarts.length)
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

  /**
   * Loads every shard the given terms live in, and their positions when `withPositions` and
   * they are a file of their own; each file is fetched once, however often asked.
   */
  /**
   * `signal`: the search that asks can give up (a keystroke replaced it). A file that every
   * search asking for it has given up on is stopped: typing a word fetches the completions of
   * each of its prefixes ("de", "def" …), dozens of shards a key, and on a slow line those left
   * running would hold the last key's own shards up by many seconds.
   */
  async ensure(indices: Iterable<number>, withPositions = true, signal?: AbortSignal): Promise<void> {
    const shards = new Set<number>()
    for (const i of indices) shards.add(this.shardOf(i))
    const loads: Array<Promise<void>> = []
    for (const shard of shards) {
      if (this.shards[shard] === undefined) loads.push(this.fetchOnce(`p${shard}`, shard, this.loadShard, (bytes) => this.addShard(shard, bytes), signal))
      if (withPositions && this.loadPositions && this.positions[shard] === undefined) {
        loads.push(this.fetchOnce(`q${shard}`, shard, this.loadPositions, (bytes) => this.addPositions(shard, bytes), signal))
      }
    }
    await Promise.all(loads)
  }

  /** Starts fetching these shards (and their positions) before their terms' places are known. */
  prefetch(shards: Iterable<number>, withPositions: boolean, signal?: AbortSignal): void {
    for (const shard of shards) {
      if (shard < 0 || shard >= this.shardStarts.length) continue
      if (this.shards[shard] === undefined) void this.fetchOnce(`p${shard}`, shard, this.loadShard, (bytes) => this.addShard(shard, bytes), signal).catch(() => undefined)
      if (withPositions && this.loadPositions && this.positions[shard] === undefined) {
        void this.fetchOnce(`q${shard}`, shard, this.loadPositions, (bytes) => this.addPositions(shard, bytes), signal).catch(() => undefined)
      }
    }
  }

  private fetchOnce(key: string, shard: number, load: LoadShard | undefined, add: (bytes: Uint8Array) => void, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    let p = this.pending.get(key)
    if (!p) {
      if (!load) return Promise.reject(new Error(`posting shard ${shard} is not loaded and there is no loader`))
      const stop = new AbortController()
      const entry: Pending = {
        stop,
        waiters: 0,
        kept: false,
        done: load(shard, stop.signal).then(
          (bytes) => {
            add(bytes)
            if (this.pending.get(key) === entry) this.pending.delete(key)
          },
          (error: unknown) => {
            // Forget the failure, so that a retry fetches again.
            if (this.pending.get(key) === entry) this.pending.delete(key)
            throw error
          },
        ),
      }
      p = entry
      this.pending.set(key, p)
    }
    const entry = p
    if (!signal) {
      entry.kept = true
      return entry.done
    }
    entry.waiters++
    // The search that gave up stops waiting at once, whoever else still waits for the file.
    return new Promise<void>((resolve, reject) => {
      let waiting = true
      const giveUp = () => {
        waiting = false
        reject(signal.reason)
        entry.waiters--
        if (entry.waiters > 0 || entry.kept) return
        // No one waits for it any more: stopped, and forgotten, so that a later search fetches it anew.
        if (this.pending.get(key) === entry) this.pending.delete(key)
        entry.stop.abort()
      }
      signal.addEventListener('abort', giveUp, { once: true })
      const settle = (finish: () => void) => {
        if (!waiting) return
        waiting = false
        signal.removeEventListener('abort', giveUp)
        entry.waiters--
        finish()
      }
      entry.done.then(
        () => settle(resolve),
        (error: unknown) => settle(() => reject(error)),
      )
    })
  }

  private addPositions(shard: number, bytes: Uint8Array): void {
    this.positions[shard] = readShard(bytes)
    // Lists of this shard decoded without their positions are decoded again when next asked for.
    const first = this.shardStarts[shard] as number
    const end = this.shardStarts[shard + 1] ?? Infinity
    for (const [index, list] of this.cache) {
      if (index >= first && index < end && list.positionBytes === NO_POSITIONS) {
        this.cache.delete(index)
        this.cached -= list.length
      }
    }
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
    const at = index - (this.shardStarts[shard] as number)
    const streams = terms[at]
    if (!streams) throw new Error(`term ${index} is not in shard ${shard}`)
    const positions = this.loadPositions ? (this.positions[shard]?.[at]?.positions ?? NO_POSITIONS) : streams.positions
    const list = decodePostings(this.df[index] as number, streams.postings, positions)
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
