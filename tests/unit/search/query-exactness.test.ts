import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import { countPhrase, scanQuery } from '../../../src/search/naive-scan.ts'
import { parseQuery } from '../../../src/search/query-syntax.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import { tokenize } from '../../../src/search/tokenize.ts'
import { catalogOf } from '../../../src/search/search-index-build.ts'
import { fixtureCorpus, SEED_ID } from '../../fixtures/corpus.ts'

// Phrases, exclusions, OR, prefixes and title: give exactly the statements a plain reading of
// every text gives (naive-scan.ts), for queries drawn from the corpus's own sentences.

const corpus = fixtureCorpus(300)
const ranker = inMemoryRanker(corpus)
const catalog = catalogOf(corpus)
const expand = (term: Parameters<typeof ranker.termExpansions>[0]) => ranker.termExpansions(term).map((e) => e.term)
const ids = (q: string) => ranker.search({ ...toSearchQuery({ q }), sort: 'newest' }).ids
const truth = (q: string) => {
  const found = new Set(scanQuery(corpus, parseQuery(q), expand))
  // The ranker lists newest first; the corpus is in that order already.
  return corpus.statements.map((_, doc) => doc).filter((doc) => found.has(doc))
}

const sentences = corpus.statements.flatMap((s) => s.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/)))
/** Runs of two to four words as written in some statement: phrases that occur. */
const phraseArb = fc
  .record({ sentence: fc.constantFrom(...sentences), at: fc.nat(), length: fc.integer({ min: 2, max: 4 }) })
  .map(({ sentence, at, length }) => {
    const words = tokenize(sentence).map((t) => t.term)
    const start = words.length > length ? at % (words.length - length) : 0
    return words.slice(start, start + length).join(' ')
  })
  .filter((p) => p.includes(' '))
const wordArb = fc.constantFrom(...new Set(sentences.flatMap((s) => tokenize(s).map((t) => t.term)).filter((w) => w.length > 3)))
const termArb = fc.oneof(
  phraseArb.map((p) => `"${p}"`),
  wordArb,
  wordArb.map((w) => `${w.slice(0, 4)}*`),
  phraseArb.map((p) => `title:"${p.split(' ').slice(0, 2).join(' ')}"`),
  wordArb.map((w) => `title:${w}`),
)
const queryArb = fc
  .record({
    must: fc.array(fc.array(termArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    not: fc.array(fc.oneof(wordArb, phraseArb.map((p) => `"${p}"`)), { maxLength: 2 }),
  })
  // A trailing space: the last word is not "being typed", which the scan could not know.
  .map(({ must, not }) => `${[...must.map((c) => c.join(' OR ')), ...not.map((t) => `-${t}`)].join(' ')} `)

describe('exact queries', () => {
  it('find the statements that hold a phrase, and only those', () => {
    const q = '"must intensify cybersecurity cooperation"'
    expect(ids(q).map((doc) => corpus.statements[doc]?.id)).toEqual([SEED_ID])
    // The same words apart do not make the phrase.
    expect(ids('"cooperation cybersecurity"')).toEqual(truth('"cooperation cybersecurity"'))
  })

  it('agree with a plain reading of every text, for phrases, exclusions, OR, prefixes and title:', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const results = ranker.search({ ...toSearchQuery({ q }), sort: 'newest' })
        // Plain words that no statement holds all of are answered with the statements holding
        // some, said so (`partial`): then the plain reading finds none.
        if (results.partial) expect(truth(q), q).toEqual([])
        else expect(results.ids, q).toEqual(truth(q))
      }),
      { numRuns: 250 },
    )
  })

  it('count a phrase exactly: as many statements as hold it', () => {
    fc.assert(
      fc.property(phraseArb, (p) => {
        expect(ranker.search({ ...toSearchQuery({ q: `"${p}"` }), sort: 'newest' }).total).toBe(countPhrase(corpus, p.split(' ')).statements)
      }),
      { numRuns: 200 },
    )
  })

  it('leave out what an exclusion names, exactly, and OR either', () => {
    const all = ids('cyber OR ransomware ').length
    expect(all).toBe(truth('cyber OR ransomware ').length)
    const without = ids('cyber OR ransomware -ransomware ')
    expect(without).toEqual(truth('cyber OR ransomware -ransomware '))
    expect(without.length).toBeLessThan(all)
    for (const doc of without) expect(catalog.entry(doc).title.toLowerCase()).not.toContain('ransomware')
  })

  it('reads words by length: no typo up to four letters, one from five, two from nine', () => {
    // "nato" never reads "into", "data" or "note".
    expect([...ranker.search(toSearchQuery({ q: 'nato ' })).matchedTerms]).toEqual(['nato'])
    // "kaljurnd" (one typo) still finds Kaljurand; so do two typos in a long word.
    expect(ids('kaljurnd ').map((d) => corpus.statements[d]?.id)).toEqual([SEED_ID])
    expect(ids('kaljurnda ').map((d) => corpus.statements[d]?.id)).toEqual([SEED_ID])
    expect(ids('kjlaurand ').map((d) => corpus.statements[d]?.id)).toEqual([SEED_ID])
    // Four letters, one typo: no reading.
    expect(ids('natp ')).toEqual([])
  })

  it('ranks exact matches above corrected ones, and says what was read for what', () => {
    const results = ranker.search(toSearchQuery({ q: 'kaljurnd ' }))
    expect(results.corrections).toEqual([{ typed: 'kaljurnd', reading: 'kaljurand' }])
    // A word that exists is not corrected, even if near-misses match too.
    expect(ranker.search(toSearchQuery({ q: 'resilience ' })).corrections).toEqual([])
  })
})
