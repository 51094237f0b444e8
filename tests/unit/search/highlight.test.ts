import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { highlightRanges } from '../../../src/search/highlight.ts'
import { normalizeTerm, tokenize } from '../../../src/search/tokenize.ts'

// The fast paths (ASCII words skip Unicode normalization; ASCII paragraphs without any term as
// a substring skip tokenizing) must give exactly what the plain definitions give.

const slowNormalize = (word: string) => word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
const slowRanges = (text: string, terms: ReadonlySet<string>) =>
  Array.from(text.matchAll(/[\p{L}\p{N}]+/gu))
    .filter((m) => slowNormalize(m[0]) !== 's' && terms.has(slowNormalize(m[0])))
    .map((m) => [m.index, m.index + m[0].length])

const words = fc.constantFrom('NATO', 'nato', 'Cyber', 'défense', 'Ärger', 'ﬁle', 'x1', 's', 'Straße', 'the', 'EU')
const text = fc.array(fc.oneof(words, fc.string({ maxLength: 6 }), fc.constantFrom(' ', '’s ', ', ', '\n')), { maxLength: 40 }).map((p) => p.join(''))
const terms = fc.array(fc.oneof(words.map(slowNormalize), fc.string({ maxLength: 4 })), { maxLength: 5 }).map((t) => new Set(t))

describe('highlighting', () => {
  it('normalizes ASCII and non-ASCII words as the full Unicode path does', () => {
    fc.assert(fc.property(fc.oneof(words, fc.string()), (w) => {
        expect(normalizeTerm(w)).toBe(slowNormalize(w))
      }))
  })

  it('marks exactly the words whose normalized form is a term', () => {
    fc.assert(fc.property(text, terms, (t, ts) => {
        expect(highlightRanges(t, ts)).toEqual(slowRanges(t, ts))
      }))
  })

  it('finds a term in a long ASCII paragraph and nothing where it is absent', () => {
    const filler = 'the council met and spoke at length about budgets and roads. '.repeat(200)
    const text = `${filler}Cyber defence matters. ${filler}`
    expect(highlightRanges(text, new Set(['cyber']))).toEqual([[filler.length, filler.length + 5]])
    expect(highlightRanges(text, new Set(['nato']))).toEqual([])
    expect(tokenize('NATO’s Défense').map((t) => t.term)).toEqual(['nato', 'defense'])
  })
})
