import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteWriter, decodePostings, encodePostings, postingsToArray, readVarint } from '../../../src/search/postings.ts'

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
