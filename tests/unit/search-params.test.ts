import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FacetKey } from '../../src/search/facets.ts'
import {
  parseSearch,
  parseSearchParams,
  stringifySearch,
  toSearchQuery,
  type Vocabulary,
} from '../../src/search/search-params.ts'

const known: Record<FacetKey, readonly string[]> = {
  speaker: ['marina-kaljurand', 'ada-quillfeather'],
  topic: ['eu-nato', 'cyber-defence'],
  type: [],
  country: ['EST', 'LVA', 'EU'],
}
const vocabulary: Vocabulary = { has: (facet, id) => known[facet].includes(id) }

function fromUrl(search: string) {
  return parseSearchParams(parseSearch(search), vocabulary)
}

describe('search params', () => {
  it('reads the documented example URL', () => {
    const { params, ignored } = fromUrl(
      '?q=cyber+defence&speaker=marina-kaljurand,ada-quillfeather&topic=eu-nato&type=statement&from=2016-01-01&to=2016-12-31&sort=newest',
    )
    expect(ignored).toEqual([])
    expect(params).toEqual({
      q: 'cyber defence',
      speaker: ['marina-kaljurand', 'ada-quillfeather'],
      topic: ['eu-nato'],
      type: ['statement'],
      from: '2016-01-01',
      to: '2016-12-31',
      sort: 'newest',
    })
  })

  it('writes readable URLs: comma lists, plus for spaces, no JSON', () => {
    expect(stringifySearch({ q: 'cyber defence', speaker: ['marina-kaljurand', 'ada-quillfeather'], from: '2016-01-01' })).toBe(
      '?q=cyber+defence&speaker=marina-kaljurand,ada-quillfeather&from=2016-01-01',
    )
    expect(stringifySearch({})).toBe('')
    expect(stringifySearch({ q: 'a&b=c #d' })).toBe('?q=a%26b%3Dc+%23d')
  })

  it('leaves default sorts out', () => {
    expect(fromUrl('?q=nato&sort=relevance').params).toEqual({ q: 'nato' })
    expect(fromUrl('?sort=newest').params).toEqual({})
    expect(fromUrl('?sort=oldest').params).toEqual({ sort: 'oldest' })
  })

  it.each([
    ['?from=2016-13-01', 'from', 'is not a date in the form YYYY-MM-DD'],
    ['?to=yesterday', 'to', 'is not a date in the form YYYY-MM-DD'],
    ['?from=2016-02-30', 'from', 'is not a date in the form YYYY-MM-DD'],
    ['?from=2017-01-01&to=2016-01-01', 'to', 'is before the start date 2017-01-01'],
    ['?sort=random', 'sort', 'is not a sort order (relevance, newest or oldest)'],
    ['?speaker=nobody', 'speaker', 'is not a speaker in this archive'],
    ['?speaker=<script>', 'speaker', 'is not a valid speaker id'],
    ['?topic=weather', 'topic', 'is not a topic in this archive'],
    ['?type=tweet', 'type', 'is not a statement type'],
    ['?page=2', 'page', 'is not a search option'],
  ])('drops %s with a reason', (url, param, reason) => {
    const { ignored } = fromUrl(url)
    expect(ignored).toContainEqual(expect.objectContaining({ param, reason }))
  })

  it('keeps the valid values of a list with some bad ones', () => {
    const { params, ignored } = fromUrl('?speaker=nobody,marina-kaljurand&type=tweet,remarks')
    expect(params).toEqual({ speaker: ['marina-kaljurand'], type: ['remarks'] })
    expect(ignored.map((i) => i.value)).toEqual(['nobody', 'tweet'])
  })

  it('turns URL state into an engine query with the right default sort', () => {
    expect(toSearchQuery({}).sort).toBe('newest')
    expect(toSearchQuery({ q: 'x' }).sort).toBe('relevance')
    expect(toSearchQuery({ q: 'x', sort: 'oldest' }).sort).toBe('oldest')
    // Every facet of the table gets its list, empty when the URL names none.
    expect(toSearchQuery({ q: 'x', speaker: ['a'], from: '2016-01-01' })).toEqual({
      q: 'x',
      speaker: ['a'],
      topic: [],
      type: [],
      country: [],
      from: '2016-01-01',
      to: undefined,
      sort: 'relevance',
    })
  })

  it('reads countries as upper-case codes the archive holds, and drops the rest with a reason', () => {
    const { params, ignored } = fromUrl('?country=EST,lva,XYZ,EU,Estonia')
    expect(params.country).toEqual(['EST', 'EU'])
    expect(ignored).toEqual([
      { param: 'country', value: 'lva', reason: 'is not a valid country id' },
      { param: 'country', value: 'XYZ', reason: 'is not a country in this archive' },
      { param: 'country', value: 'Estonia', reason: 'is not a valid country id' },
    ])
    expect(stringifySearch(params)).toBe('?country=EST,EU')
  })

  it('yields a valid state for any query string, and round-trips stably', () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom('q', 'speaker', 'topic', 'type', 'from', 'to', 'sort', '=', '&', ',', '%', '%E0%A4', '+', '2016-04-07'),
    )
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const { params } = fromUrl(`?${parts.join('')}`)
        const url = stringifySearch(params as Record<string, unknown>)
        const again = fromUrl(url)
        // What survives parsing is clean: it parses back to itself with nothing dropped.
        expect(again.ignored).toEqual([])
        expect(again.params).toEqual(params)
        expect(stringifySearch(again.params as Record<string, unknown>)).toBe(url)
      }),
      { numRuns: 500 },
    )
  })
})
