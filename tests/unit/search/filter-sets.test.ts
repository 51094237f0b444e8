import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Statement } from '../../../src/corpus/schema.ts'
import { dateEnd, dateStart } from '../../../src/corpus/partial-date.ts'
import { STATEMENT_TYPES } from '../../../src/corpus/statement-types.ts'
import { generateSyntheticStatements } from '../../../src/corpus/synthetic.ts'
import { FACETS, LABEL_COLLATOR, type FacetKey } from '../../../src/search/facets.ts'
import { DATE_FAIL, failBit, FilterSets, sortByKey, type FilterSelection } from '../../../src/search/filter-sets.ts'
import { facetColumns } from '../../../src/search/search-index-build.ts'
import { toSearchQuery } from '../../../src/search/search-params.ts'
import { topics } from '../../fixtures/corpus.ts'

// Some dates known only to the month or the year, as in the UN General Debate, so the date
// filter's interval rule is checked too.
const statements = generateSyntheticStatements({ count: 400, seed: 3 }).map((s, i) =>
  i % 7 === 3 ? { ...s, date: s.date.slice(0, 4) } : i % 11 === 5 ? { ...s, date: s.date.slice(0, 7) } : s,
)
const sets = new FilterSets(facetColumns(statements, topics))
const { q: _q, sort: _sort, ...none } = toSearchQuery({})

// -- The naive reference: a plain scan of the statements, one filter at a time ------------------

/** A statement's values for a facet, read straight off the statement. */
function valuesOf(s: Statement, facet: FacetKey): string[] {
  if (facet === 'speaker') return s.speakers.map((sp) => sp.id)
  if (facet === 'topic') return s.topics
  if (facet === 'country') return s.country ? [s.country] : []
  return [s.type]
}

const speakerIds = [...new Set(statements.flatMap((s) => valuesOf(s, 'speaker')))].sort()
const topicIds = [...new Set(statements.flatMap((s) => valuesOf(s, 'topic')))].sort()
// The ends of a date range are whole days, as the URL allows: the statements' own full dates.
const dates = [...new Set(statements.map((s) => s.date))].filter((d) => d.length === 10).sort()

/** Whether each filter lets the statement through; an empty filter lets everything through. */
function passes(s: Statement, selection: FilterSelection): Record<FacetKey | 'date', boolean> {
  const facet = (key: FacetKey) => selection[key].length === 0 || valuesOf(s, key).some((v) => selection[key].includes(v))
  return {
    ...(Object.fromEntries(FACETS.map((f) => [f.key, facet(f.key)])) as Record<FacetKey, boolean>),
    // A date's interval overlaps the range: "2016" is within any range that touches 2016.
    date: (!selection.from || dateEnd(s.date) >= selection.from) && (!selection.to || dateStart(s.date) <= selection.to),
  }
}

/**
 * Disjunctive counts by definition: each facet counts its values over the statements that pass
 * every filter but its own, and the years count over those that pass every facet filter.
 */
function naiveCounts(docs: readonly number[], selection: FilterSelection) {
  const tally = (into: Record<string, number>, value: string) => (into[value] = (into[value] ?? 0) + 1)
  const facets = Object.fromEntries(FACETS.map((f) => [f.key, {}])) as Record<FacetKey, Record<string, number>>
  const years: Record<string, number> = {}
  for (const doc of docs) {
    const s = statements[doc] as Statement
    const ok = passes(s, selection)
    for (const { key } of FACETS) {
      const others = (Object.keys(ok) as Array<keyof typeof ok>).every((k) => k === key || ok[k])
      if (others) for (const v of new Set(valuesOf(s, key))) tally(facets[key], v)
    }
    if (FACETS.every((f) => ok[f.key])) tally(years, s.date.slice(0, 4))
  }
  return { facets, years }
}

/** What `count()` returned, in the reference's shape (order of entries does not matter). */
function counted(candidates: readonly number[] | null, selection: FilterSelection) {
  const counts = sets.count(candidates, sets.failMask(selection))
  const facets = {} as Record<FacetKey, Record<string, number>>
  for (const { key } of FACETS) facets[key] = Object.fromEntries(counts.facets[key])
  return { facets, years: Object.fromEntries(counts.years) }
}

const allDocs = statements.map((_, i) => i)

describe('filter sets', () => {
  it('are written with each facet’s values in label order, each statement keeping its own values in its own order', () => {
    const columns = facetColumns(statements, topics)
    for (const { key } of FACETS) {
      const { values, labels, docStart, docValues } = columns.facets[key]
      expect(labels, key).toEqual([...labels].sort(LABEL_COLLATOR.compare))
      statements.forEach((s, doc) => {
        const own = Array.from(docValues.subarray(docStart[doc], docStart[doc + 1]), (code) => values[code])
        expect(own, `${key} of ${doc}`).toEqual([...new Set(valuesOf(s, key))])
      })
    }
  })

  it('hold each value’s documents', () => {
    const speaker = statements.find((s) => s.speakers.length)?.speakers[0]?.id as string
    const expected = statements.flatMap((s, i) => (s.speakers.some((sp) => sp.id === speaker) ? [i] : []))
    expect(Array.from(sets.docsOf('speaker', speaker))).toEqual(expected)
    // Every value of every facet, and every year, the same way.
    for (const { key } of FACETS) {
      for (const value of new Set(statements.flatMap((s) => valuesOf(s, key)))) {
        expect(Array.from(sets.docsOf(key, value)), `${key} ${value}`).toEqual(allDocs.filter((i) => valuesOf(statements[i] as Statement, key).includes(value)))
      }
    }
    for (const year of new Set(statements.map((s) => s.date.slice(0, 4)))) {
      expect(Array.from(sets.docsOf('year', year))).toEqual(allDocs.filter((i) => statements[i]?.date.startsWith(year)))
    }
    expect(Array.from(sets.docsOf('speaker', 'nobody-here'))).toEqual([])
  })

  it('mark exactly the documents each filter excludes', () => {
    const selection = { ...none, topic: ['ransomware', 'eu'], type: ['statement'], from: '2016-03-01', to: '2019-12-31' }
    const mask = sets.failMask(selection) as Uint8Array
    statements.forEach((s, i) => {
      let expected = 0
      if (!s.topics.some((t) => selection.topic.includes(t))) expected |= failBit('topic')
      if (!selection.type.includes(s.type)) expected |= failBit('type')
      if (dateEnd(s.date) < selection.from || dateStart(s.date) > selection.to) expected |= DATE_FAIL
      expect(mask[i]).toBe(expected)
    })
    expect(sets.failMask(none)).toBeNull()
  })

  it('count each facet without its own filter', () => {
    const mask = sets.failMask({ ...none, type: ['statement'] })
    const counts = sets.count(null, mask)
    const tally = (of: readonly Statement[], values: (s: Statement) => string[]) => {
      const m = new Map<string, number>()
      for (const s of of) for (const v of values(s)) m.set(v, (m.get(v) ?? 0) + 1)
      return m
    }
    const onlyStatements = statements.filter((s) => s.type === 'statement')
    // The type facet ignores the type filter: every type, with its count over all statements…
    expect(counts.facets.type).toEqual(tally(statements, (s) => [s.type]))
    expect(counts.facets.type.size).toBeGreaterThan(1)
    // …and every other facet, and the years, count only statements of the type 'statement'.
    expect(counts.facets.speaker).toEqual(tally(onlyStatements, (s) => s.speakers.map((sp) => sp.id)))
    expect(counts.facets.topic).toEqual(tally(onlyStatements, (s) => s.topics))
    expect(counts.years).toEqual(tally(onlyStatements, (s) => [s.date.slice(0, 4)]))
  })

  it('count a document excluded by two filters in no facet, and one excluded by one only in that one’s', () => {
    const selection: FilterSelection = {
      speaker: ['ada-quillfeather', 'borin-halvask', 'celeste-marrowby', 'dmitri-oakenshaw', 'elowen-tarrant', 'faris-quenneville'],
      topic: ['ransomware', 'eu-nato', 'nato', 'eu', 'cybersecurity'],
      type: ['statement', 'remarks', 'letter', 'press-release', 'interview'],
      country: ['XVL', 'XNL', 'XEM', 'XNC'],
      from: '2016-01-01',
      to: '2021-06-30',
    }
    // The selection must really produce documents that fail exactly one and exactly two
    // filters, or this test would not exercise the rule.
    const failing = statements.map((s) => Object.values(passes(s, selection)).filter((ok) => !ok).length)
    expect(failing.filter((n) => n === 0).length).toBeGreaterThan(5)
    expect(failing.filter((n) => n === 1).length).toBeGreaterThan(50)
    expect(failing.filter((n) => n === 2).length).toBeGreaterThan(50)
    expect(counted(null, selection)).toEqual(naiveCounts(allDocs, selection))
  })

  it('agree with the plain scan for any selection, dates and candidates (differential)', () => {
    const dateArb = fc.oneof(
      fc.constantFrom(...dates),
      fc
        .record({ y: fc.integer({ min: 2013, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
        .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    )
    const selectionArb = fc.record({
      speaker: fc.subarray([...speakerIds, 'nobody-here'], { maxLength: 4 }),
      topic: fc.subarray(topicIds, { maxLength: 4 }),
      type: fc.subarray([...STATEMENT_TYPES], { maxLength: 4 }),
      country: fc.subarray(['XVL', 'XNL', 'XEM', 'XNC', 'XUN', 'EST'], { maxLength: 3 }),
      from: fc.option(dateArb, { nil: undefined }),
      to: fc.option(dateArb, { nil: undefined }),
    })
    // Null counts every document; a list is what a text search's matches hand over.
    const candidatesArb = fc.option(fc.subarray(allDocs), { nil: null })
    fc.assert(
      fc.property(selectionArb, candidatesArb, (selection, candidates) => {
        expect(counted(candidates, selection)).toEqual(naiveCounts(candidates ?? allDocs, selection))
      }),
      { numRuns: 300 },
    )
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
