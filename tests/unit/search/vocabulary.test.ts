import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Vocabulary } from '../../../src/search/vocabulary.ts'

const terms = ['cyber', 'cyberattack', 'cyberattacks', 'cybersecurity', 'defence', 'defences', 'kaljurand', 'kalju', 'normal', 'nato', 'nation']
  .sort()
const vocabulary = Vocabulary.fromTerms(terms, terms.map((t) => (t.startsWith('cyber') ? t.length : 1)))
const fuzzyTerms = (word: string) => vocabulary.fuzzy(word).map((m) => terms[m.index])

describe('vocabulary', () => {
  it('finds terms within a typo or two, and not unrelated ones', () => {
    expect(fuzzyTerms('kaljurnd')).toContain('kaljurand')
    expect(fuzzyTerms('cyberatacks')).toEqual(expect.arrayContaining(['cyberattacks', 'cyberattack']))
    expect(fuzzyTerms('defense')).toContain('defence')
    expect(fuzzyTerms('xylophonic')).toEqual([])
  })

  it('hands Fuse only the candidates of similar length that share enough bigrams', () => {
    const candidates = vocabulary.candidates('kaljurnd').map((i) => terms[i])
    expect(candidates).toContain('kaljurand')
    expect(candidates).not.toContain('cybersecurity')
    expect(candidates).not.toContain('nato')
  })

  it('completes a prefix with longer terms, the most frequent first, and caches it', () => {
    const first = vocabulary.completions('cyber', 2)
    expect(first.map((i) => terms[i])).toEqual(['cybersecurity', 'cyberattacks'])
    expect(vocabulary.completions('cyber', 2)).toBe(first)
    expect(vocabulary.completions('nat').map((i) => terms[i]).sort()).toEqual(['nation', 'nato'])
    expect(vocabulary.completions('zz')).toEqual([])
  })

  it('looks terms up exactly', () => {
    expect(vocabulary.indexOf('nato')).toBe(terms.indexOf('nato'))
    expect(vocabulary.indexOf('nat')).toBe(-1)
  })
})

describe('the vocabulary as one joined string', () => {
  it('reads back every term, finds each by binary search, and ranges prefixes as a sorted list would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'z'), minLength: 1, maxLength: 6 })), fc.string({ unit: fc.constantFrom('a', 'b', 'é'), maxLength: 3 }), (words, prefix) => {
        const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        const v = Vocabulary.fromTerms(sorted, sorted.map(() => 1))
        expect(v.size).toBe(sorted.length)
        sorted.forEach((t, i) => {
          expect(v.termAt(i)).toBe(t)
          expect(v.indexOf(t)).toBe(i)
        })
        expect(v.indexOf(`${prefix}q`)).toBe(-1)
        const [start, end] = v.prefixRange(prefix)
        expect(sorted.slice(start, end)).toEqual(sorted.filter((t) => t.startsWith(prefix)))
      }),
    )
  })
})
