import { describe, expect, it } from 'vitest'
import { ChunkedVocabulary } from '../../../src/search/chunked-vocabulary.ts'
import { Ranker } from '../../../src/search/ranker.ts'
import { buildSearchIndex } from '../../../src/search/search-index-build.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import { splitShard } from '../../../src/search/index-format.ts'
import { vocabularyFiles } from '../../../src/search/vocabulary-files.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

// The vocabulary fetched in parts, with the shards' positions as files of their own, as the
// browser loads them, must answer every query as the whole index does, while fetching only a
// few of its files.
const corpus = fixtureCorpus(600)
const parts = buildSearchIndex(corpus, { shardBytes: 4096 })
const terms = parts.search.terms.split('\n')
// Small blocks, so that a query's words really are in different files.
const { index, files } = vocabularyFiles(terms, parts.search.df, parts.search.shardStarts, 8)
const byName = new Map(files.map(([name, data]) => [name, JSON.stringify(data)]))
const loadShard = async (i: number) => parts.shards[i] as Uint8Array
const split = parts.shards.map(splitShard)

function chunkedRanker() {
  const fetched: string[] = []
  const positionsFetched: number[] = []
  const vocabulary = new ChunkedVocabulary(structuredClone(index), async (name) => {
    fetched.push(name)
    const json = byName.get(name)
    if (json === undefined) throw new Error(`no vocabulary file ${name}`)
    return JSON.parse(json) as unknown
  })
  const postings = async (i: number) => split[i]?.postings as Uint8Array
  const positions = async (i: number) => {
    positionsFetched.push(i)
    return split[i]?.positions as Uint8Array
  }
  return { ranker: Ranker.fromFile({ ...parts.search, terms: '', df: [] }, postings, vocabulary, positions), fetched, positionsFetched }
}

const whole = Ranker.fromFile(parts.search, loadShard)

/** Typos of real terms, at every place and of every kind, and the syntax's kinds of term. */
function queries(): string[] {
  const long = terms.filter((t) => /^[a-z]{9,}$/.test(t)).slice(0, 12)
  const mid = terms.filter((t) => /^[a-z]{5,8}$/.test(t)).filter((_, i) => i % 97 === 0).slice(0, 12)
  const typos = [...long, ...mid].flatMap((w) => [
    w,
    `x${w.slice(1)}`, // first letter wrong
    w.slice(1), // first letter missing
    `${w[1]}${w[0]}${w.slice(2)}`, // first two swapped
    `q${w}`, // a letter before
    `${w.slice(0, 3)}${w.slice(4)}`, // one missing inside
    `${w.slice(0, 2)}z${w.slice(3)}`, // one wrong inside
    `${w.slice(0, -1)}`, // being typed
  ])
  return [
    ...typos,
    'cybersecurity',
    'kybersecurity',
    'cyberse',
    '"new normal"',
    'cyber* -nato',
    'eu OR nato defence',
    'nato defence',
    'title:estonia',
    'cyber -"new normal"',
    'zzzzzzzzz',
  ]
}

describe('the vocabulary in parts', () => {
  it('answers every query as the whole vocabulary does', async () => {
    for (const q of queries()) {
      // Afresh for each query: what an earlier query fetched must not stand in for what this one needs.
      const { ranker, fetched } = chunkedRanker()
      const query = toSearchQuery({ q })
      await Promise.all([whole.prepare(q), ranker.prepare(q)])
      const a = whole.search(query)
      const b = ranker.search(query)
      expect({ q, ids: b.ids, terms: [...b.matchedTerms].sort(), corrections: b.corrections }).toEqual({
        q,
        ids: a.ids,
        terms: [...a.matchedTerms].sort(),
        corrections: a.corrections,
      })
      expect(ranker.highlightFor(q)).toEqual(whole.highlightFor(q))
      // Every file fetched once, and a small part of them.
      expect(new Set(fetched).size).toBe(fetched.length)
      expect(fetched.length).toBeLessThan(files.length / 4)
    }
  })

  it('fetches, for one word, its block, its first letter’s lengths and its suffix, and nothing else', async () => {
    const { ranker, fetched } = chunkedRanker()
    await ranker.prepare('cybersecurity')
    expect(fetched.filter((n) => n.startsWith('b')).length).toBeLessThanOrEqual(3)
    const starts = fetched.filter((n) => n.startsWith('s'))
    expect(starts.every((n) => n.startsWith(`s${'c'.charCodeAt(0)}-`))).toBe(true)
    expect(starts.length).toBeLessThanOrEqual(5)
    expect(fetched.filter((n) => n.startsWith('r')).length).toBeGreaterThanOrEqual(1)
    // Asked again, nothing more is fetched.
    const before = fetched.length
    await ranker.prepare('cybersecurity')
    expect(fetched.length).toBe(before)
  })

  it('reads a typo on the first letter only in a long word, and only as its one typo', async () => {
    const read = async (q: string) => {
      await whole.prepare(q)
      return whole.search(toSearchQuery({ q })).corrections.map((c) => c.reading)
    }
    expect(await read('kybersecurity')).toEqual(['cybersecurity'])
    // Two typos, one of them on the first letter: counted as three.
    expect(await read('kybersecurty')).toEqual([])
    expect(await read('cybersecurty')).toEqual(['cybersecurity'])
    // Six letters: one typo, never on the first letter.
    expect(terms).toContain('normal')
    expect(await read('hormal')).not.toContain('normal')
    expect(await read('nrmal')).toContain('normal')
  })

  it('fetches no positions for one word, and the positions of every word of several', async () => {
    const one = chunkedRanker()
    await one.ranker.prepare('cybersecurity')
    expect(one.ranker.search(toSearchQuery({ q: 'cybersecurity' })).total).toBeGreaterThan(0)
    expect(one.positionsFetched).toEqual([])
    const two = chunkedRanker()
    await two.ranker.prepare('nato defence')
    expect(two.positionsFetched.length).toBeGreaterThan(0)
  })

  it('refuses to answer from a part it was not given time to fetch', () => {
    const { ranker } = chunkedRanker()
    expect(() => ranker.search(toSearchQuery({ q: 'cybersecurity' }))).toThrow(/not loaded/)
  })
})
