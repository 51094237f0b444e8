import { describe, expect, it } from 'vitest'
import type { SearchFile } from '../../../src/search/index-format.ts'
import { Ranker } from '../../../src/search/ranker.ts'
import { decodeSearchFile, encodeSearchFile, lengthCode, SearchFileError, storedLength } from '../../../src/search/search-file-codec.ts'
import { buildSearchIndex } from '../../../src/search/search-index-build.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import { Vocabulary } from '../../../src/search/vocabulary.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

/** A facet column's codes as the build packs them (index-format.ts), from each statement's list, or its one code. */
function packed(perDoc: Array<number | number[]>): { docStart: Int32Array; docValues: Int32Array } {
  const lists = perDoc.map((codes) => (typeof codes === 'number' ? [codes] : codes))
  const docStart = new Int32Array(lists.length + 1)
  lists.forEach((list, doc) => (docStart[doc + 1] = (docStart[doc] as number) + list.length))
  return { docStart, docValues: Int32Array.from(lists.flat()) }
}

/** A hand-made file with every shape the columns take. */
function handMade(): SearchFile {
  const terms = ['11', 'a', 'abc', 'abcd', 'abd', 'b', 'été', 'étés', 'ünïcode', 'z'.repeat(40), 'z'.repeat(41) + 'y', '日本', '日本語', '😀x']
  return {
    version: 2,
    columns: {
      // Newest first, with dates known only to the month and the year among them.
      dates: ['2024-03-05', '2024-03', '2024-03-01', '2024', '2023-12-31', '1999-01', '0800'],
      facets: {
        speaker: {
          values: ['ana-lopez', 'jose-maria-aznar', 'x-ae-12', 'odd_id'],
          labels: ['Ana Lopez', 'José María Aznar', 'X Æ 12', 'Odd Id'],
          ...packed([0, [0, 1], [], 2, [3, 0, 2], 1, []]),
        },
        topic: { values: ['cyber'], labels: ['Cyber security'], ...packed([[], [], 0, [], [], 0, []]) },
        type: { values: ['speech', 'press-release'], labels: ['Speech', 'Press release'], ...packed([0, 1, 0, 0, 1, 1, 0]) },
        country: { values: [], labels: [], ...packed([[], [], [], [], [], [], []]) },
      },
    },
    docLength: [0, 1, 127, 128, 300, 2 ** 20, 16383],
    terms: terms.join('\n'),
    df: [1, 7, 128, 2, 1, 0, 3, 1, 1, 1, 2, 1, 1, 300000],
    shardStarts: [0, 5, 5, 9],
  }
}

const roundTrip = (file: SearchFile) => decodeSearchFile(encodeSearchFile(file))

describe('the search file’s bytes', () => {
  it('give back the file: dates at each precision, multi-valued and empty facets, non-ASCII terms', () => {
    const file = handMade()
    expect(roundTrip(file)).toEqual(file)
    // A year stays a year and a month a month: nothing is widened to a day.
    expect(roundTrip(file).columns.dates).toEqual(['2024-03-05', '2024-03', '2024-03-01', '2024', '2023-12-31', '1999-01', '0800'])
  })

  it('keep the vocabulary exactly, so every term is still a fuzzy and prefix candidate', () => {
    const file = handMade()
    const before = new Vocabulary(file.terms, file.df)
    const after = new Vocabulary(roundTrip(file).terms, roundTrip(file).df)
    expect(after.size).toBe(before.size)
    for (let i = 0; i < before.size; i++) expect(after.termAt(i)).toBe(before.termAt(i))
    expect(after.prefixRange('abc')).toEqual(before.prefixRange('abc'))
    expect(after.fuzzy('etes')).toEqual(before.fuzzy('etes'))
  })

  it('keep lengths at a byte’s precision in one byte each, and any other lengths exactly', () => {
    const file = handMade()
    const stored = file.docLength.map(storedLength)
    expect(stored).toEqual([0, 1, 120, 128, 280, 983064, 15384])
    expect(roundTrip({ ...file, docLength: stored }).docLength).toEqual(stored)
    expect(roundTrip(file).docLength).toEqual(file.docLength)
    const bytes = (docLength: number[]) => encodeSearchFile({ ...file, docLength }).length
    expect(bytes(stored)).toBeLessThan(bytes(file.docLength))
  })

  it('store a length to within an eighth, exactly below 40, never more than it is', () => {
    const wrong: number[] = []
    let previous = -1
    for (let length = 0; length < 200_000; length++) {
      const kept = storedLength(length)
      const fine =
        kept <= length && kept > length * (7 / 8) - 1 && (length >= 40 || kept === length) && storedLength(kept) === kept && kept >= previous
      if (!fine || lengthCode(length) > 255) wrong.push(length)
      previous = kept
    }
    expect(wrong).toEqual([])
  })

  it('store a term with a control character, which the tokenizer never makes', () => {
    const file = { ...handMade(), terms: ['a\u0001b', 'a\u001fc', 'a\u001fd'].join('\n'), df: [1, 2, 3], shardStarts: [0] }
    expect(roundTrip(file)).toEqual(file)
  })

  it('hold an empty archive', () => {
    const empty: SearchFile = {
      version: 2,
      columns: {
        dates: [],
        facets: {
          speaker: { values: [], labels: [], ...packed([]) },
          topic: { values: [], labels: [], ...packed([]) },
          type: { values: [], labels: [], ...packed([]) },
          country: { values: [], labels: [], ...packed([]) },
        },
      },
      docLength: [],
      terms: '',
      df: [],
      shardStarts: [0],
    }
    expect(roundTrip(empty)).toEqual(empty)
  })

  it('round-trip a built index, which ranks as before', async () => {
    const corpus = fixtureCorpus(300)
    const parts = buildSearchIndex(corpus, { shardBytes: 2048 })
    const decoded = roundTrip(parts.search)
    expect(decoded).toEqual(parts.search)
    const load = async (i: number) => parts.shards[i] as Uint8Array
    const a = Ranker.fromFile(parts.search, load)
    const b = Ranker.fromFile(decoded, load)
    for (const q of ['cyber', 'cyber secur', 'ministr of foreign', '"foreign minister"']) {
      await Promise.all([a.prepare(q), b.prepare(q)])
      const query = toSearchQuery({ q })
      expect(b.search(query)).toEqual(a.search(query))
      expect(b.search({ ...query, sort: 'newest', from: '2019-01-01' })).toEqual(a.search({ ...query, sort: 'newest', from: '2019-01-01' }))
    }
  })

  it('are far smaller than the JSON', () => {
    const { search } = buildSearchIndex(fixtureCorpus(300))
    expect(encodeSearchFile(search).length).toBeLessThan(JSON.stringify(search).length / 2)
  })

  it('throw a clear error when truncated anywhere, never loop or return half a file', () => {
    const bytes = encodeSearchFile(handMade())
    for (let cut = 0; cut < bytes.length; cut++) {
      expect(() => decodeSearchFile(bytes.subarray(0, cut)), `cut at ${cut}`).toThrow(SearchFileError)
    }
  })

  it('throw when a byte is added or the file is something else', () => {
    const bytes = encodeSearchFile(handMade())
    expect(() => decodeSearchFile(Uint8Array.of(...bytes, 0))).toThrow(/past its end/)
    expect(() => decodeSearchFile(new TextEncoder().encode('{"version":2}'))).toThrow(/not a search file/)
  })

  it('refuse at build time what they cannot store', () => {
    const file = handMade()
    expect(() => encodeSearchFile({ ...file, columns: { ...file.columns, dates: file.columns.dates.map(() => '2024-13-01') } })).toThrow(
      /cannot store the date/,
    )
    expect(() => encodeSearchFile({ ...file, df: [1] })).toThrow(SearchFileError)
  })
})
