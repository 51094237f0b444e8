// Compact posting lists. A term's postings are two varint streams: one with
// (doc delta, weighted term frequency, byte length of the positions) per document, one with the
// term's positions in each document, delta-coded. Keeping positions apart means ranking decodes
// only the first stream; positions are read for the few top documents that get a phrase bonus.

/** A growable byte buffer for varint output; avoids a JS number per byte during the build. */
export class ByteWriter {
  private buffer: Uint8Array
  length = 0

  constructor(capacity = 16) {
    this.buffer = new Uint8Array(capacity)
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return
    let size = this.buffer.length * 2
    while (size < this.length + extra) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buffer.subarray(0, this.length))
    this.buffer = next
  }

  /** Unsigned LEB128; values up to 2^35 fit in five bytes. */
  varint(value: number): void {
    this.reserve(5)
    let v = value >>> 0
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buffer[this.length++] = v
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length)
    this.buffer.set(data, this.length)
    this.length += data.length
  }

  /** A copy trimmed to length, so the writer's spare capacity is not kept alive. */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }
}

/** Reads one varint at `cursor.at` and advances it. */
export function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
  let result = 0
  let shift = 0
  let at = cursor.at
  for (;;) {
    const byte = bytes[at++] as number
    result += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) break
    shift += 7
  }
  cursor.at = at
  return result
}

export interface PostingInput {
  doc: number
  /** Term frequency with the field boosts already applied; a whole number. */
  weightedTf: number
  /** Token positions in ascending order. */
  positions: readonly number[]
}

export interface EncodedPostings {
  postings: Uint8Array
  positions: Uint8Array
}

/** Encodes postings given in ascending doc order. */
export function encodePostings(list: readonly PostingInput[]): EncodedPostings {
  const main = new ByteWriter(list.length * 3 + 4)
  const pos = new ByteWriter(list.length * 2 + 4)
  let lastDoc = 0
  for (const { doc, weightedTf, positions } of list) {
    const before = pos.length
    let last = 0
    for (const p of positions) {
      pos.varint(p - last)
      last = p
    }
    main.varint(doc - lastDoc)
    main.varint(weightedTf)
    main.varint(pos.length - before)
    lastDoc = doc
  }
  return { postings: main.finish(), positions: pos.finish() }
}

/** One term's postings, decoded for ranking. */
/**
 * A list's positions when they were not fetched: a single-word query ranks by the postings
 * alone, and its positions are a file of their own (posting-store.ts). Reading them is a bug.
 */
export const NO_POSITIONS = new Uint8Array(0)

function positionsMissing(): never {
  throw new Error('positions not loaded: prepare the query with positions')
}

export class PostingList {
  constructor(
    readonly docs: Int32Array,
    readonly weightedTf: Int32Array,
    /** Byte offsets into `positionBytes`, one more than there are postings. */
    readonly positionStart: Int32Array,
    readonly positionBytes: Uint8Array,
  ) {}

  get length(): number {
    return this.docs.length
  }

  /** The index of `doc` in this list, or -1. */
  find(doc: number): number {
    return this.findFrom(doc, 0)
  }

  /** The index of `doc` at or after index `from`, or -1: for walking a list in doc order. */
  findFrom(doc: number, from: number): number {
    let lo = from
    let hi = this.docs.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const d = this.docs[mid] as number
      if (d === doc) return mid
      if (d < doc) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  /** The first (lowest) position of posting `index`: which field the term first appears in. */
  firstPosition(index: number): number {
    if (this.positionBytes === NO_POSITIONS) positionsMissing()
    return readVarint(this.positionBytes, { at: this.positionStart[index] as number })
  }

  positionsAt(index: number): number[] {
    if (this.positionBytes === NO_POSITIONS) positionsMissing()
    const end = this.positionStart[index + 1] as number
    const cursor = { at: this.positionStart[index] as number }
    const out: number[] = []
    let last = 0
    while (cursor.at < end) {
      last += readVarint(this.positionBytes, cursor)
      out.push(last)
    }
    return out
  }
}

export function decodePostings(count: number, postings: Uint8Array, positions: Uint8Array): PostingList {
  const docs = new Int32Array(count)
  const tf = new Int32Array(count)
  const start = new Int32Array(count + 1)
  const cursor = { at: 0 }
  let doc = 0
  let offset = 0
  for (let i = 0; i < count; i++) {
    doc += readVarint(postings, cursor)
    docs[i] = doc
    tf[i] = readVarint(postings, cursor)
    start[i] = offset
    offset += readVarint(postings, cursor)
  }
  start[count] = offset
  return new PostingList(docs, tf, start, positions)
}

/** Back to plain objects; for tests and for checking a shard by eye. */
export function postingsToArray(list: PostingList): PostingInput[] {
  return Array.from(list.docs, (doc, i) => ({
    doc,
    weightedTf: list.weightedTf[i] as number,
    positions: list.positionsAt(i),
  }))
}

/** Per-word cursors for `hasPhraseRun`, allocated once per phrase rather than per statement. */
export class RunScratch {
  readonly cursor: Int32Array
  readonly end: Int32Array
  readonly value: Int32Array
  constructor(words: number) {
    this.cursor = new Int32Array(words)
    this.end = new Int32Array(words)
    this.value = new Int32Array(words)
  }
}

/**
 * Whether one statement holds the words at consecutive positions p, p+1, … starting below
 * `limit`: `lists[w]` holds word w, and `at[w]` is the statement's posting in it. The
 * positions are read straight from the varint bytes, and no further than needed: the word with
 * the fewest positions proposes a start, each other word is read up to the position the start
 * asks of it, and a word that is past it moves the start on (a zig-zag join). The first run
 * settles it, so "the" in `"the security"` is read up to the first "the security", not whole.
 */
export function hasPhraseRun(lists: readonly PostingList[], at: Int32Array, limit: number, scratch: RunScratch): boolean {
  const { cursor, end, value } = scratch
  const words = lists.length
  let driver = 0
  let fewest = Infinity
  for (let w = 0; w < words; w++) {
    const list = lists[w] as PostingList
    if (list.positionBytes === NO_POSITIONS) positionsMissing()
    const k = at[w] as number
    const from = list.positionStart[k] as number
    const to = list.positionStart[k + 1] as number
    cursor[w] = from
    end[w] = to
    // Below any position: nothing read yet.
    value[w] = -1
    if (to - from < fewest) {
      fewest = to - from
      driver = w
    }
  }
  let start = 0
  for (;;) {
    if (!advanceTo(lists[driver] as PostingList, driver, start + driver, scratch)) return false
    start = (value[driver] as number) - driver
    if (start < 0) {
      start = 0
      continue
    }
    if (start >= limit) return false
    let all = true
    for (let w = 0; w < words; w++) {
      if (w === driver) continue
      if (!advanceTo(lists[w] as PostingList, w, start + w, scratch)) return false
      const v = value[w] as number
      if (v !== start + w) {
        start = v - w
        all = false
        break
      }
    }
    if (all) return true
  }
}

/** Reads word w's positions until one is at least `target`; false when they run out first. */
function advanceTo(list: PostingList, w: number, target: number, { cursor, end, value }: RunScratch): boolean {
  let v = value[w] as number
  if (v >= target) return true
  const bytes = list.positionBytes
  let c = cursor[w] as number
  const stop = end[w] as number
  if (v < 0) v = 0
  while (c < stop) {
    // Positions stay below 2^29 (FIELD_POSITIONS), so 32-bit shifts are safe.
    let byte = bytes[c++] as number
    let delta = byte & 0x7f
    let shift = 7
    while (byte >= 0x80) {
      byte = bytes[c++] as number
      delta |= (byte & 0x7f) << shift
      shift += 7
    }
    v += delta
    if (v >= target) {
      cursor[w] = c
      value[w] = v
      return true
    }
  }
  cursor[w] = c
  value[w] = v
  return false
}
