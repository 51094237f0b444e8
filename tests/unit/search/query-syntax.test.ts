import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeQuery, parseQuery, printQuery, typoBudget, type QueryTerm } from '../../../src/search/query-syntax.ts'

const word = (w: string, extra: Partial<QueryTerm> = {}): QueryTerm => ({ kind: 'word', words: [w], titleOnly: false, typing: false, ...extra })
const phrase = (words: string, extra: Partial<QueryTerm> = {}): QueryTerm => ({ kind: 'phrase', words: words.split(' '), titleOnly: false, typing: false, ...extra })
const prefix = (w: string): QueryTerm => ({ kind: 'prefix', words: [w], titleOnly: false, typing: false })

describe('the query syntax', () => {
  it.each<[string, QueryTerm[][], QueryTerm[]]>([
    ['cyber defence', [[word('cyber')], [word('defence', { typing: true })]], []],
    ['"rules-based international order"', [[phrase('rules based international order')]], []],
    ['"Rules-Based  International Order" -China', [[phrase('rules based international order')]], [word('china')]],
    ['cyber -"hybrid threats"', [[word('cyber')]], [phrase('hybrid threats')]],
    ['a b OR c', [[word('a')], [word('b'), word('c', { typing: true })]], []],
    ['nato OR eu OR un defence', [[word('nato'), word('eu'), word('un')], [word('defence', { typing: true })]], []],
    ['cyber*', [[prefix('cyber')]], []],
    ['title:nato', [[word('nato', { titleOnly: true })]], []],
    ['title:"cyber defence" ransomware', [[phrase('cyber defence', { titleOnly: true })], [word('ransomware', { typing: true })]], []],
    // Sloppy input never fails.
    ['"unclosed phrase', [[phrase('unclosed phrase')]], []],
    ['OR', [[word('or', { typing: true })]], []],
    ['nato OR', [[word('nato')], [word('or', { typing: true })]], []],
    ['- nato', [[word('nato', { typing: true })]], []],
    ['cyber OR -russia', [[word('cyber')], [word('or')]], [word('russia')]],
    ['rules-based', [[phrase('rules based')]], []],
    ['""', [], []],
    ['Niinistö', [[word('niinisto', { typing: true })]], []],
  ])('reads %j', (q, clauses, excluded) => {
    expect(parseQuery(q)).toEqual({ clauses, excluded })
  })

  it('says how it read the query, in words', () => {
    expect(describeQuery(parseQuery('"rules-based international order" cyber -russia'))).toBe(
      'the phrase “rules based international order” and cyber, without russia',
    )
    expect(describeQuery(parseQuery('nato OR eu title:cyber*'))).toBe('either nato or eu and words beginning “cyber” in the title')
  })

  it('gives typos by length: none up to 4 letters, one from 5, two from 9', () => {
    expect(['nato', 'cyber', 'national', 'kaljurand', 'international'].map(typoBudget)).toEqual([0, 1, 1, 2, 2])
  })

  it('parses any string without throwing, and parse, print and parse again is stable', () => {
    const pieces = fc.oneof(fc.string(), fc.constantFrom('"', '-', 'OR', 'or', 'title:', '*', ' ', 'nato', 'cyber', '"a b"', '-"x y"'))
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((p) => p.join(' ')), (q) => {
        const once = parseQuery(q)
        const printed = printQuery(once)
        expect(parseQuery(printed)).toEqual(once)
        expect(printQuery(parseQuery(printed))).toBe(printed)
      }),
      { numRuns: 2000 },
    )
  })
})
