import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteWriter, decodePostings, encodePostings, hasPhraseRun, postingsToArray, readVarint, RunScratch } from '../../../src/search/postings.ts'

const postingLists = fc
  .uniqueArray(fc.nat({ max: 200_000 }), { maxLength: 60 })
  .chain((docs) =>
    fc.tuple(
      ...[...docs].sort((a, b) => a - b).map((doc) =>
        fc.record({
          doc: fc.constant(doc),
          weightedTf: fc.integer({ min: 1, max: 5000 }),
          positions: fc.uniqueArray(fc.nat({ max: 1_000_000 }), { maxLength: 40 }).map((p) => p.sort((a, b) => a - b)),
        }),
      ),
    ),
  )

describe('posting lists', () => {
  it('round-trip through the varint encoding', () => {
    fc.assert(
      fc.property(postingLists, (list) => {
        const encoded = encodePostings(list)
        const decoded = decodePostings(list.length, encoded.postings, encoded.positions)
        expect(postingsToArray(decoded)).toEqual(list)
      }),
    )
  })

  it('finds a document by binary search', () => {
    const decoded = (() => {
      const e = encodePostings([3, 9, 27, 81].map((doc) => ({ doc, weightedTf: 1, positions: [doc] })))
      return decodePostings(4, e.postings, e.positions)
    })()
    expect(decoded.find(27)).toBe(2)
    expect(decoded.positionsAt(decoded.find(81))).toEqual([81])
    expect(decoded.find(28)).toBe(-1)
  })

  it('encodes varints up to 2^32 and back', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 })), (values) => {
        const w = new ByteWriter(1)
        for (const v of values) w.varint(v)
        const bytes = w.finish()
        const cursor = { at: 0 }
        expect(values.map(() => readVarint(bytes, cursor))).toEqual(values)
        expect(cursor.at).toBe(bytes.length)
      }),
    )
  })
})

/** The plain reading: some p below limit with word w at p + w for every w. */
function runByScan(positions: readonly number[][], limit: number): boolean {
  const sets = positions.map((p) => new Set(p))
  return (positions[0] ?? []).some((p) => p < limit && sets.every((set, w) => set.has(p + w)))
}

describe('phrase runs', () => {
  // Positions dense in a small range, so that runs happen often; words may repeat.
  const wordPositions = fc.uniqueArray(fc.nat({ max: 60 }), { minLength: 1, maxLength: 30 }).map((p) => p.sort((a, b) => a - b))
  const phrases = fc.record({ words: fc.array(wordPositions, { minLength: 1, maxLength: 4 }), limit: fc.integer({ min: 0, max: 70 }) })

  it('are found exactly where the positions hold the words in a row, below the limit', () => {
    fc.assert(
      fc.property(phrases, ({ words, limit }) => {
        // Each word its own one-statement list (doc 5), as the ranker hands them over.
        const lists = words.map((positions) => {
          const e = encodePostings([{ doc: 5, weightedTf: 1, positions }])
          return decodePostings(1, e.postings, e.positions)
        })
        const found = hasPhraseRun(lists, new Int32Array(words.length), limit, new RunScratch(words.length))
        expect(found).toBe(runByScan(words, limit))
      }),
      { numRuns: 2000 },
    )
  })

  it("read a statement's positions among others in the same list", () => {
    const e = encodePostings([
      { doc: 1, weightedTf: 1, positions: [3, 7] },
      { doc: 2, weightedTf: 1, positions: [2, 300, 70_000] },
    ])
    const first = decodePostings(2, e.postings, e.positions)
    const f = encodePostings([{ doc: 2, weightedTf: 1, positions: [5, 70_001] }])
    const second = decodePostings(1, f.postings, f.positions)
    const scratch = new RunScratch(2)
    expect(hasPhraseRun([first, second], Int32Array.of(1, 0), 100_000, scratch)).toBe(true)
    expect(hasPhraseRun([first, second], Int32Array.of(1, 0), 70_000, scratch)).toBe(false)
    expect(hasPhraseRun([first, second], Int32Array.of(0, 0), 100_000, scratch)).toBe(false)
  })
})
