import { describe, expect, it } from 'vitest'
import { generateSyntheticStatements } from '../../../src/corpus/synthetic.ts'
import fc from 'fast-check'
import { FAILS, FilterSets, sortByKey } from '../../../src/search/filter-sets.ts'
import { facetColumns } from '../../../src/search/search-index-build.ts'

const statements = generateSyntheticStatements({ count: 400, seed: 3 })
const sets = new FilterSets(facetColumns(statements).columns)
const none = { speakers: [], topics: [], types: [] }

describe('filter sets', () => {
  it('hold each value’s documents', () => {
    const speaker = statements.find((s) => s.speakers.length)?.speakers[0]?.id as string
    const expected = statements.flatMap((s, i) => (s.speakers.some((sp) => sp.id === speaker) ? [i] : []))
    expect(Array.from(sets.docsOf('speakers', speaker))).toEqual(expected)
  })

  it('mark exactly the documents each filter excludes', () => {
    const selection = { speakers: [], topics: ['ransomware', 'eu'], types: ['statement'], from: '2016-03-01', to: '2019-12-31' }
    const mask = sets.failMask(selection) as Uint8Array
    statements.forEach((s, i) => {
      let expected = 0
      if (!s.topics.some((t) => selection.topics.includes(t))) expected |= FAILS.topics
      if (!selection.types.includes(s.type)) expected |= FAILS.types
      if (s.date < selection.from || s.date > selection.to) expected |= FAILS.dates
      expect(mask[i]).toBe(expected)
    })
    expect(sets.failMask(none)).toBeNull()
  })

  it('count each facet without its own filter', () => {
    const mask = sets.failMask({ ...none, types: ['statement'] })
    const counts = sets.count(null, mask)
    // The type facet ignores the type filter…
    expect(counts.types.size).toBeGreaterThan(1)
    // …and every other facet counts only statements.
    const years = new Map<string, number>()
    for (const s of statements) if (s.type === 'statement') years.set(s.date.slice(0, 4), (years.get(s.date.slice(0, 4)) ?? 0) + 1)
    expect(counts.years).toEqual(years)
  })

  it('orders documents by a key with ties in document order, as a comparator sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 20210101, max: 20210110 }), fc.integer({ min: 0, max: 99991231 })), { maxLength: 300 }), fc.constantFrom('as is', 'ascending', 'descending'), (raw, shape) => {
        // Already sorted inputs (with runs of equal keys) take a shortcut that must agree too.
        const values = shape === 'as is' ? raw : [...raw].sort((a, b) => (shape === 'ascending' ? a - b : b - a))
        const keys = Int32Array.from(values)
        const docs = values.map((_, i) => i)
        const up = [...docs].sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b)
        const down = [...docs].sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b)
        expect(Array.from(sortByKey(keys, 1))).toEqual(up)
        expect(Array.from(sortByKey(keys, -1))).toEqual(down)
      }),
    )
  })
})
