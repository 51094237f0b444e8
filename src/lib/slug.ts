// Ids of topics and speakers, and the words of a statement id: lower-case ASCII words joined by
// single hyphens. The corpus schema, the importer and the app check against these, so the
// pattern is written once here and a change reaches all of them. No imports: Node-side modules
// (corpus build, importer) use it too.

const SLUG_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*'

/** A whole slug: "foreign-policy", not "Foreign policy", "-x" or "a--b". */
export const SLUG = new RegExp(`^${SLUG_SOURCE}$`)

/**
 * A statement id: its date as known (a day, a month or a year), then the slug of its title:
 * "2016-03-01-words-of-the-title", "2016-estonia-at-the-un-general-debate-71st-session".
 */
export const STATEMENT_ID = new RegExp(`^\\d{4}(?:-\\d{2}){0,2}-${SLUG_SOURCE}$`)

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value)
}
