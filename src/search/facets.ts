import type { Statement } from '../corpus/schema.ts'
import { STATEMENT_TYPES, TYPE_LABELS, type StatementType } from '../corpus/statement-types.ts'
import { SLUG } from '../lib/slug.ts'

// The facet table: every facet declared once. Its key is its URL parameter, its filter, its
// column in the search file and its counts, spelled the same everywhere. The index build, the
// filters and counts, URL parsing, the facet panel, the chips, the no-results hints and
// describeSearch all read this table; adding a facet means one entry here and a label.
//
// Dates are not in the table: a date is a range (`from`, `to`), not a set of values, and its
// counts are per year (search-types.ts, filter-sets.ts).

/** What a facet reads of a statement: all the search worker's columns are built from. */
export type FacetSource = Pick<Statement, 'date' | 'type' | 'speakers' | 'topics' | 'country'>

/** Names the index build looks up for values a statement holds only as codes. */
export interface FacetNames {
  topic(id: string): string | undefined
  country(code: string): string | undefined
}

/** One value of a facet on a statement, with what the page shows for it. */
export interface FacetValue {
  id: string
  label: string
}

export interface FacetDefinition {
  /** URL key, filter, column and counts: one spelling. */
  readonly key: string
  /** The facet panel's heading and the chips' prefix: "Speaker: Marina Kaljurand". */
  readonly label: string
  /** One value, in a sentence: "is not a speaker in this archive". */
  readonly noun: string
  /** Several values, in a sentence: "speakers". */
  readonly plural: string
  /** A statement's values (distinct, in the order recorded), with their labels. */
  values(statement: FacetSource, names: FacetNames): FacetValue[]
  /**
   * Which values the URL may name: 'archive' for ids checked against the archive's own values
   * (ids of speakers and topics, which a URL may carry from an older build), or a fixed list
   * with the label of each, known even for a value no statement has yet.
   */
  readonly known: 'archive' | { readonly ids: readonly string[]; label(id: string): string }
  /** What an id looks like, checked before the archive is asked (ids in URLs are untrusted). */
  readonly pattern: RegExp
  /** Long lists get a find box in the facet panel. */
  readonly searchable: boolean
}

const TABLE = [
  {
    key: 'speaker',
    label: 'Speaker',
    noun: 'speaker',
    plural: 'speakers',
    values: (s) => s.speakers.map((sp) => ({ id: sp.id, label: sp.name })),
    known: 'archive',
    pattern: SLUG,
    searchable: true,
  },
  {
    key: 'topic',
    label: 'Topic',
    noun: 'topic',
    plural: 'topics',
    values: (s, names) => s.topics.map((id) => ({ id, label: names.topic(id) ?? id })),
    known: 'archive',
    pattern: SLUG,
    searchable: false,
  },
  {
    key: 'type',
    label: 'Type',
    noun: 'statement type',
    plural: 'types',
    values: (s) => [{ id: s.type, label: TYPE_LABELS[s.type] }],
    known: { ids: STATEMENT_TYPES, label: (id) => TYPE_LABELS[id as StatementType] ?? id },
    pattern: SLUG,
    searchable: false,
  },
  {
    key: 'country',
    label: 'Country',
    noun: 'country',
    plural: 'countries',
    values: (s, names) => (s.country ? [{ id: s.country, label: names.country(s.country) ?? s.country }] : []),
    known: 'archive',
    // ISO 3166-1 alpha-3, or a historical or organisation code (src/corpus/countries.ts).
    pattern: /^[A-Z]{2,4}$/,
    searchable: true,
  },
] as const satisfies readonly FacetDefinition[]

export type FacetKey = (typeof TABLE)[number]['key']

export const FACETS: ReadonlyArray<FacetDefinition & { readonly key: FacetKey }> = TABLE

/** Chosen values per facet: what filters a search. */
export type FacetSelection = { readonly [K in FacetKey]: readonly string[] }

export function facetByKey(key: FacetKey): FacetDefinition & { readonly key: FacetKey } {
  return FACETS.find((f) => f.key === key) as FacetDefinition & { readonly key: FacetKey }
}

/** Values without repeats: a speaker named twice on one statement counts once. */
export function distinctValues(values: FacetValue[]): FacetValue[] {
  return values.length < 2 ? values : values.filter((v, i) => values.findIndex((w) => w.id === v.id) === i)
}

/**
 * The order of facet values' labels: localeCompare's (the default locale's), without building a
 * collator per comparison. Facet counts list values by count, then in it; the build writes each
 * facet's values in it, so that the search side, starting, finds them sorted already.
 */
export const LABEL_COLLATOR = new Intl.Collator()

/** What to show for a value no statement in view carries: a fixed list's label, or the id. */
export function fallbackLabel(facet: FacetDefinition, id: string): string {
  return facet.known === 'archive' ? id : facet.known.label(id)
}
