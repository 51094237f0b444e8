import { FACETS, type FacetKey } from './facets.ts'
import type { FacetColumns } from './index-format.ts'
import type { SearchQuery } from './search-types.ts'

// Filters and facet counts over precomputed id sets. Each value of each facet in the facet
// table, and each year, has its sorted list of documents, and every document its facet values
// as small integer codes, so a query marks what its filters exclude in one pass over a few
// lists, and facet counting touches integers rather than statement objects.

export type FilterSelection = Pick<SearchQuery, FacetKey | 'from' | 'to'>

/** A document's failure mask has one bit per facet, in the table's order, then one for dates. */
export const failBit = (key: FacetKey) => 1 << FACETS.findIndex((f) => f.key === key)
export const DATE_FAIL = 1 << FACETS.length

export interface FacetValueCounts {
  facets: Record<FacetKey, Map<string, number>>
  years: Map<string, number>
}

/** A facet: its values, each value's documents, and each document's value codes (CSR). */
class Facet {
  readonly docStart: Int32Array
  readonly docValues: Int32Array
  private readonly codes: ReadonlyMap<string, number>
  /** Each value's documents; built on the first filter, as counting facets does not need it. */
  private byValue: Int32Array[] | undefined

  /** Each document's value codes (distinct), packed as the search file's columns are (index-format.ts). */
  constructor(
    readonly values: readonly string[],
    docStart: Int32Array,
    docValues: Int32Array,
  ) {
    this.docStart = docStart
    this.docValues = docValues
    this.codes = new Map(values.map((v, c) => [v, c]))
  }

  /** Each value's documents, by counting sort into one buffer: no array per value to grow. */
  private get docs(): Int32Array[] {
    if (this.byValue) return this.byValue
    const { values, docStart, docValues } = this
    const offsets = new Int32Array(values.length + 1)
    for (const c of docValues) offsets[c + 1] = (offsets[c + 1] as number) + 1
    for (let c = 0; c < values.length; c++) offsets[c + 1] = (offsets[c + 1] as number) + (offsets[c] as number)
    const all = new Int32Array(docValues.length)
    const fill = offsets.slice(0, -1)
    for (let doc = 0; doc < docStart.length - 1; doc++) {
      const end = docStart[doc + 1] as number
      for (let k = docStart[doc] as number; k < end; k++) {
        const c = docValues[k] as number
        const at = fill[c] as number
        all[at] = doc
        fill[c] = at + 1
      }
    }
    this.byValue = values.map((_, c) => all.subarray(offsets[c], offsets[c + 1]))
    return this.byValue
  }

  docsOf(value: string): Int32Array | undefined {
    const c = this.codes.get(value)
    return c === undefined ? undefined : this.docs[c]
  }
}

export class FilterSets {
  readonly size: number
  /** Parallel to FACETS. */
  private readonly facets: Facet[]
  private readonly years: Facet
  /**
   * Each date's interval as yyyymmdd numbers: a day is its own interval, "2016-04" runs from
   * 20160401 to 20160431 and "2016" from 20160101 to 20161231 (a day past a month's end compares
   * the same as its last day).
   */
  readonly dateStart: Int32Array
  private readonly dateEnd: Int32Array
  private lastKey = ''
  private lastMask: Uint8Array | null = null

  constructor(columns: FacetColumns) {
    const n = columns.dates.length
    this.size = n
    this.facets = FACETS.map((f) => new Facet(columns.facets[f.key].values, columns.facets[f.key].docStart, columns.facets[f.key].docValues))
    this.dateStart = new Int32Array(n)
    this.dateEnd = new Int32Array(n)
    const years: string[] = []
    const yearCodes = new Map<number, number>()
    const yearCode = new Int32Array(n)
    // Statements come newest first, many to a day, and the search file gives a day's statements
    // one string: a date is read once per run of it, not once per statement.
    let last: string | undefined
    let start = 0
    let end = 0
    let code = 0
    for (let doc = 0; doc < n; doc++) {
      const date = columns.dates[doc] as string
      if (date !== last) {
        last = date
        start = dateNumber(date)
        end = dateEndNumber(date)
        const year = (start / 10000) | 0
        const known = yearCodes.get(year)
        if (known === undefined) {
          code = years.push(String(year).padStart(4, '0')) - 1
          yearCodes.set(year, code)
        } else code = known
      }
      this.dateStart[doc] = start
      this.dateEnd[doc] = end
      yearCode[doc] = code
    }
    // One year per statement: statement d's code is yearCode[d].
    const yearStart = new Int32Array(n + 1)
    for (let doc = 0; doc <= n; doc++) yearStart[doc] = doc
    this.years = new Facet(years, yearStart, yearCode)
  }

  /**
   * Each of these documents' first-listed value of a facet (-1 for none), numbered afresh in
   * order of first appearance, and those values' ids: a timeline's series, in integers.
   */
  firstValues(kind: FacetKey, docs: ArrayLike<number>): { codes: Int32Array; ids: string[] } {
    const facet = this.facets[FACETS.findIndex((f) => f.key === kind)] as Facet
    const local = new Int32Array(facet.values.length).fill(-1)
    const ids: string[] = []
    const codes = new Int32Array(docs.length)
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k] as number
      const start = facet.docStart[doc] as number
      if (start === facet.docStart[doc + 1]) {
        codes[k] = -1
        continue
      }
      const value = facet.docValues[start] as number
      let code = local[value] as number
      if (code < 0) local[value] = code = ids.push(facet.values[value] as string) - 1
      codes[k] = code
    }
    return { codes, ids }
  }

  /** The documents one value of a facet holds; for tests and for callers that need the set. */
  docsOf(kind: FacetKey | 'year', value: string): Int32Array {
    const facet = kind === 'year' ? this.years : this.facets[FACETS.findIndex((f) => f.key === kind)]
    return facet?.docsOf(value) ?? new Int32Array()
  }

  /**
   * Per document, the filters that exclude it (`failBit`, `DATE_FAIL`), or null when nothing
   * is filtered. The last mask is kept: typing changes the words, not the filters.
   */
  failMask(selection: FilterSelection): Uint8Array | null {
    const active = FACETS.some((f) => selection[f.key].length) || selection.from || selection.to
    if (!active) return null
    const key = JSON.stringify([...FACETS.map((f) => selection[f.key]), selection.from, selection.to])
    if (key === this.lastKey && this.lastMask) return this.lastMask
    const mask = new Uint8Array(this.size)
    const anyOf = (facet: Facet, values: readonly string[], bit: number) => {
      if (!values.length) return
      for (let d = 0; d < this.size; d++) mask[d] = (mask[d] as number) | bit
      for (const v of values) {
        const docs = facet.docsOf(v)
        if (docs) for (const d of docs) mask[d] = (mask[d] as number) & ~bit
      }
    }
    FACETS.forEach((f, i) => anyOf(this.facets[i] as Facet, selection[f.key], 1 << i))
    if (selection.from || selection.to) {
      // A statement is in the range when its date's interval overlaps it: "2016" is in a range
      // from 2016-06-01, and so is "2016-05" in one up to 2016-05-10.
      const from = selection.from ? dateNumber(selection.from) : -Infinity
      const to = selection.to ? dateNumber(selection.to) : Infinity
      const { dateStart, dateEnd } = this
      for (let d = 0; d < this.size; d++) {
        if ((dateEnd[d] as number) < from || (dateStart[d] as number) > to) mask[d] = (mask[d] as number) | DATE_FAIL
      }
    }
    this.lastKey = key
    this.lastMask = mask
    return mask
  }

  /**
   * Disjunctive facet counts over `candidates` (all documents when null): each facet counts
   * the documents that pass every filter but its own.
   */
  count(candidates: ArrayLike<number> | null, mask: Uint8Array | null): FacetValueCounts {
    const all = [...this.facets, this.years]
    const counters = all.map((f) => new Int32Array(f.values.length))
    const n = candidates ? candidates.length : this.size
    for (let i = 0; i < n; i++) {
      const doc = candidates ? (candidates[i] as number) : i
      const fails = mask ? (mask[doc] as number) : 0
      // A document excluded by two filters counts in no facet; by one, only in that one's.
      // Facet f's bit is 1 << f, and the years' is DATE_FAIL, the bit after the facets'.
      for (let f = 0; f < all.length; f++) {
        if ((fails & ~(1 << f)) !== 0) continue
        const facet = all[f] as Facet
        const counter = counters[f] as Int32Array
        const end = facet.docStart[doc + 1] as number
        for (let k = facet.docStart[doc] as number; k < end; k++) {
          const code = facet.docValues[k] as number
          counter[code] = (counter[code] as number) + 1
        }
      }
    }
    const toMap = (f: number) => {
      const facet = all[f] as Facet
      const m = new Map<string, number>()
      ;(counters[f] as Int32Array).forEach((c, code) => {
        if (c > 0) m.set(facet.values[code] as string, c)
      })
      return m
    }
    const facets = {} as Record<FacetKey, Map<string, number>>
    FACETS.forEach((f, i) => (facets[f.key] = toMap(i)))
    return { facets, years: toMap(this.facets.length) }
  }
}

const digits = (date: string, at: number, count: number) => {
  let n = 0
  for (let i = at; i < at + count; i++) n = n * 10 + date.charCodeAt(i) - 48
  return n
}

/**
 * The start of a date's interval as the number yyyymmdd: "2016-04-07" → 20160407, "2016-04" →
 * 20160401, "2016" → 20160101. What dates sort by (partial-date.ts), read from character codes
 * because it runs per statement when the worker starts.
 */
export function dateNumber(date: string): number {
  const year = digits(date, 0, 4)
  const month = date.length >= 7 ? digits(date, 5, 2) : 1
  const day = date.length >= 10 ? digits(date, 8, 2) : 1
  return year * 10000 + month * 100 + day
}

/** The end of a date's interval, as a number that compares like its last day. */
export function dateEndNumber(date: string): number {
  const year = digits(date, 0, 4)
  if (date.length === 4) return year * 10000 + 1231
  const month = digits(date, 5, 2)
  return year * 10000 + month * 100 + (date.length >= 10 ? digits(date, 8, 2) : 31)
}

/**
 * Documents ordered by a per-document key (ascending for direction 1, descending for −1),
 * ties in document order. Key and document are packed into one float so that a native
 * typed-array sort does the work: a comparator function runs two hundred thousand times for
 * 14,000 documents, slowly in a worker whose code has not been optimised yet.
 */
export function sortByKey(keys: Int32Array, direction: 1 | -1): Int32Array {
  // A built archive lists statements newest first: then one order is the identity and the
  // other the reverse, run by run of equal keys, and neither needs a sort.
  const n = keys.length
  let ascending = true
  let descending = true
  for (let i = 1; i < n && (ascending || descending); i++) {
    const d = (keys[i] as number) - (keys[i - 1] as number)
    if (d < 0) ascending = false
    if (d > 0) descending = false
  }
  if ((direction === 1 && ascending) || (direction === -1 && descending)) {
    // A plain loop: this runs once, before the worker's code is optimised, where an iterator is slow.
    const identity = new Int32Array(n)
    for (let i = 0; i < n; i++) identity[i] = i
    return identity
  }
  if (ascending || descending) {
    const out = new Int32Array(n)
    let k = 0
    for (let end = n; end > 0; ) {
      let start = end - 1
      while (start > 0 && keys[start - 1] === keys[end - 1]) start--
      for (let doc = start; doc < end; doc++) out[k++] = doc
      end = start
    }
    return out
  }
  const span = 2 ** Math.ceil(Math.log2(keys.length + 1))
  const packed = new Float64Array(keys.length)
  let max = 0
  for (const k of keys) if (k > max) max = k
  for (let doc = 0; doc < keys.length; doc++) {
    const k = keys[doc] as number
    packed[doc] = (direction === 1 ? k : max - k) * span + doc
  }
  packed.sort()
  const out = new Int32Array(keys.length)
  for (let i = 0; i < packed.length; i++) out[i] = (packed[i] as number) % span
  return out
}
