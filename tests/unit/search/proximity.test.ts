import { describe, expect, it } from 'vitest'
import { proximityBonus } from '../../../src/search/proximity.ts'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import type { CompiledCorpus, Statement } from '../../../src/corpus/schema.ts'

describe('phrase and proximity bonus', () => {
  it('is highest for a phrase, lower for words apart or reversed, nothing for words far apart', () => {
    const phrase = proximityBonus([[4], [5]])
    const near = proximityBonus([[4], [7]])
    const reversed = proximityBonus([[5], [4]])
    const far = proximityBonus([[4], [40]])
    expect(phrase).toBe(1)
    expect(near).toBeLessThan(phrase)
    expect(reversed).toBeLessThan(phrase)
    expect(far).toBe(0)
    expect(proximityBonus([[1]])).toBe(0)
  })

  it('ranks the statement holding the phrase first', () => {
    const statement = (id: string, text: string): Statement => ({
      id: `2020-01-0${id}-s`,
      date: `2020-01-0${id}`,
      title: 'Statement',
      type: 'statement',
      speakers: [],
      topics: [],
      paragraphs: [text],
    })
    const corpus: CompiledCorpus = {
      topics: [],
      statements: [
        // Newer, so it would win a tie: the words are there, but apart and reversed.
        statement('3', 'The normal work goes on. Nothing is new in the network of partners.'),
        statement('2', 'Cyberattacks are the new normal, ministers said, in every network.'),
        statement('1', 'Budget lines and procurement.'),
      ],
    }
    const ranker = inMemoryRanker(corpus)
    const r = ranker.search(toSearchQuery({ q: 'new normal' }))
    expect(r.ids.map((d) => corpus.statements[d]?.id)).toEqual(['2020-01-02-s', '2020-01-03-s'])
  })
})
