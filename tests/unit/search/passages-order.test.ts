import { describe, expect, it } from 'vitest'
import { archiveCorpus } from '../../../src/corpus/archive-order.ts'
import type { Statement } from '../../../src/corpus/schema.ts'
import { highlightRanges } from '../../../src/search/highlight.ts'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import type { Passage } from '../../../src/search/passages.ts'
import { PASSAGE_ORDERS, type PassageOrder } from '../../../src/search/search-types.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import type { PassageProgress } from '../../../src/service/search-service-types.ts'
import { SearchAnswers } from '../../../src/service/search-side.ts'
import { fixtureCorpus, topics } from '../../fixtures/corpus.ts'

// Passages against a plain reading of the texts: every occurrence, with the same context, in
// the same order under each sort. The plain reading takes the words of the whole paragraph
// before and after each match and sorts with a stable sort, so it can be trusted by eye.

const fictional = { issuer: 'Synthetic Archive Generator (fictional)', synthetic: true, type: 'statement' as const, topics: [] }
const LONG = Array.from({ length: 14 }, (_, i) => `Supercalifragilisticexpialidociousnessward${String.fromCharCode(97 + i)}`).join(' ')

/**
 * Fictional statements (marked synthetic) where "tidewater" opens and closes paragraphs, so that
 * passages have no word before or after them, two share a date, one follows a possessive, and
 * one stands among words so long that ten of them fill several hundred characters.
 */
const TIDEWATER: Statement[] = [
  {
    id: '2018-03-01-veloria-note-on-the-tidewater-pact',
    date: '2018-03-01',
    title: 'Veloria note on the pact',
    speakers: [{ id: 'ada-quillfeather', name: 'Ada Quillfeather', role: 'Foreign Minister of Veloria' }],
    country: 'XVL',
    paragraphs: ['Tidewater matters to every harbour.', 'We speak today of tidewater', 'The tidewater pact and the tidewater charter.'],
    ...fictional,
  },
  {
    id: '2018-03-01-norlund-note-on-the-tidewater-pact',
    date: '2018-03-01',
    title: 'Norlund note on the pact',
    speakers: [{ id: 'greta-vinterholm', name: 'Greta Vinterholm', role: 'Prime Minister of Norlund' }],
    country: 'XNL',
    paragraphs: ['Tidewater', 'Norlund’s tidewater, and Ábaco tidewater.'],
    ...fictional,
  },
  {
    id: '2019-estmark-address-on-tidewater',
    date: '2019',
    title: 'Estmark address on the pact',
    speakers: [{ id: 'jorund-ashgrove', name: 'Jorund Ashgrove', role: 'Interior Minister of Estmark' }],
    country: 'XEM',
    paragraphs: [`${LONG} tidewater ${LONG}.`, 'A tidewater'],
    ...fictional,
  },
]

const corpus = archiveCorpus([...fixtureCorpus(120).statements, ...TIDEWATER], topics)
const ranker = inMemoryRanker(corpus)
const answers = () => new SearchAnswers({ ranker, loadBody: async (doc) => ({ paragraphs: corpus.statements[doc]?.paragraphs ?? [] }) })

const WORD = /[\p{L}\p{N}]+/gu
const fold = (w: string) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** Every occurrence in the order `order` asks for, read and sorted the plain way. */
function naive(q: string, order: PassageOrder) {
  const results = ranker.search({ ...toSearchQuery({ q }), sort: order === 'newest' ? 'newest' : 'oldest' })
  const lines = results.ids.flatMap((doc) =>
    (corpus.statements[doc]?.paragraphs ?? []).flatMap((text, i) =>
      highlightRanges(text, results.matchedTerms, results.phrases).map(([s, e]) => {
        const before = [...text.slice(0, s).matchAll(WORD)]
        const after = [...text.slice(e).matchAll(WORD)]
        const lastAfter = after.length > 10 ? after[9] : undefined
        const tail = lastAfter ? text.slice(e, e + lastAfter.index + lastAfter[0].length) : text.slice(e).trimEnd()
        return {
          doc,
          paragraph: i + 1,
          left: before.length > 10 ? text.slice(before[before.length - 10]?.index, s) : text.slice(0, s).trimStart(),
          match: text.slice(s, e),
          // The context ends with its last word's punctuation.
          right: lastAfter ? tail + (/^[.,;:!?)»”’]*/.exec(text.slice(e + tail.length))?.[0] ?? '') : tail,
        }
      }),
    ),
  )
  if (order === 'oldest' || order === 'newest') return lines
  const key = (p: Passage) => {
    const words = (order === 'before' ? p.left : p.right).match(WORD)?.map(fold).filter((w) => w !== 's') ?? []
    return (order === 'before' ? words.at(-1) : words[0]) ?? ''
  }
  // Array.prototype.sort is stable: ties keep date order, then reading order.
  return [...lines].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    if ((ka === '') !== (kb === '')) return ka === '' ? 1 : -1
    return ka.localeCompare(kb, 'en', { sensitivity: 'base' })
  })
}

const page = (a: SearchAnswers, q: string, order: PassageOrder, offset = 0, limit = Infinity, onProgress?: (p: PassageProgress) => void, wanted?: () => boolean) =>
  a.passages({ query: { ...toSearchQuery({ q }), sort: 'oldest' }, order, offset, limit }, onProgress, wanted)

describe('passages in each order', () => {
  const queries = ['tidewater ', 'resilience ', '"incident response" ', 'ransomware OR tidewater ']
  for (const q of queries) {
    it.each(PASSAGE_ORDERS)(`of ${JSON.stringify(q)} by %s are a plain reading's, line for line`, async (order) => {
      const expected = naive(q, order)
      const got = await page(answers(), q, order)
      expect(got.total).toBe(expected.length)
      expect(got.passages).toEqual(expected)
    })
  }

  it('put a match with no word after it last under "word after", and with none before it last under "word before"', async () => {
    const a = answers()
    const after = (await page(a, 'tidewater ', 'after')).passages
    const before = (await page(a, 'tidewater ', 'before')).passages
    const noWord = (text: string) => !/[\p{L}\p{N}]/u.test(text)
    expect(after.filter((p) => noWord(p.right))).toHaveLength(4)
    expect(after.slice(-4).every((p) => noWord(p.right))).toBe(true)
    expect(before.filter((p) => noWord(p.left))).toHaveLength(2)
    expect(before.slice(-2).every((p) => noWord(p.left))).toBe(true)
    // Among them, date order: the two statements of 2018-03-01 before the one of 2019.
    expect(after.slice(-4).map((p) => corpus.statements[p.doc]?.date)).toEqual(['2018-03-01', '2018-03-01', '2018-03-01', '2019'])
    // A possessive's lone "s" is not a word, as the index reads it: "Norlund’s tidewater" sorts under "norlund".
    expect(before.find((p) => p.left.endsWith('Norlund’s '))).toBeDefined()
    expect(before.findIndex((p) => p.left.endsWith('Norlund’s '))).toBeLessThan(before.findIndex((p) => p.left.endsWith('the ')))
  })

  it('page through a sorted list as it is listed whole, reading the statements once', async () => {
    const a = answers()
    const all = (await page(a, 'resilience ', 'after')).passages
    const pages: Passage[] = []
    for (let offset = 0; offset < all.length; offset += 9) pages.push(...(await page(a, 'resilience ', 'after', offset, 9)).passages)
    expect(pages).toEqual(all)
  })

  it('read the statements once for both neighbouring-word orders', async () => {
    const read: number[] = []
    const a = new SearchAnswers({ ranker, loadBody: async (doc) => (read.push(doc), { paragraphs: corpus.statements[doc]?.paragraphs ?? [] }) })
    const after = await page(a, 'resilience ', 'after', 0, 5)
    const once = read.length
    expect(once).toBe(after.statements)
    const before = await page(a, 'resilience ', 'before', 0, Infinity)
    expect(read).toHaveLength(once)
    expect(before.passages).toEqual(naive('resilience ', 'before'))
  })

  it('report how many statements are read while sorting, up to all of them', async () => {
    const seen: PassageProgress[] = []
    const got = await page(answers(), 'resilience ', 'before', 0, 20, (p) => seen.push(p))
    expect(seen.length).toBeGreaterThan(2)
    expect(seen[0]?.read).toBe(0)
    expect(seen.at(-1)).toEqual({ total: got.total, statements: got.statements, read: got.statements })
    expect(seen.map((p) => p.read)).toEqual([...seen.map((p) => p.read)].sort((x, y) => x - y))
  })

  it('stop reading when nobody waits any more, and read afresh when asked again', async () => {
    const a = answers()
    let wanted = true
    const given = page(a, 'resilience ', 'after', 0, 20, (p) => (wanted = p.read < 3), () => wanted)
    await expect(given).rejects.toThrow()
    expect((await page(a, 'resilience ', 'after', 0, 20)).passages).toEqual(naive('resilience ', 'after').slice(0, 20))
  })
})
