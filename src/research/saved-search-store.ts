// Valibot rather than zod: this runs in the first page's JavaScript, and valibot's per-function
// imports cost about 1 kB here where zod/mini cost 7 kB (gzip). The statement schema, which only
// Node reads, stays in zod.
import * as v from 'valibot'

// Saved searches live in localStorage, in a versioned envelope. The browser's storage is shared
// with other tabs, other versions of this app and anything a person pastes in the console, so
// every read is validated and nothing unreadable is ever thrown away: it is copied to a
// "set aside" key first, and the valid entries carry on.

const VERSION = 1

export const savedSearchSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  /** The canonical query string of the search, e.g. "?q=cyber&topic=eu-nato" (or ""). */
  search: v.pipe(v.string(), v.maxLength(4000)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  lastOpenedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The ids of the statements that matched when the search was last opened. */
  seenIds: v.array(v.string()),
})
export type SavedSearch = v.InferOutput<typeof savedSearchSchema>

const envelopeSchema = v.object({ version: v.literal(VERSION), searches: v.array(v.unknown()) })

export interface SetAside {
  reason: string
  value: string
}

export interface ParsedStore {
  searches: SavedSearch[]
  setAside: SetAside[]
}

/** Reads the stored value. Never throws: what it cannot use is returned as `setAside`. */
export function parseSavedSearches(raw: string | null): ParsedStore {
  if (raw === null || raw === '') return { searches: [], setAside: [] }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { searches: [], setAside: [{ reason: 'is not valid JSON', value: raw }] }
  }
  const envelope = v.safeParse(envelopeSchema, json)
  if (!envelope.success) {
    const version = (json as { version?: unknown } | null)?.version
    const reason =
      typeof version === 'number' && version !== VERSION
        ? `is in format version ${version}, which this version of the archive cannot read`
        : 'is not in the saved-search format'
    return { searches: [], setAside: [{ reason, value: raw }] }
  }
  const searches: SavedSearch[] = []
  const rejected: unknown[] = []
  const ids = new Set<string>()
  for (const entry of envelope.output.searches) {
    const parsed = v.safeParse(savedSearchSchema, entry)
    if (parsed.success && !ids.has(parsed.output.id)) {
      ids.add(parsed.output.id)
      searches.push(parsed.output)
    } else {
      rejected.push(entry)
    }
  }
  const setAside = rejected.length
    ? [{ reason: `held ${rejected.length} unreadable saved search(es)`, value: JSON.stringify(rejected) }]
    : []
  return { searches, setAside }
}

export function serializeSavedSearches(searches: readonly SavedSearch[]): string {
  return JSON.stringify({ version: VERSION, searches })
}

/** Statements that match now and did not when the search was last opened. */
export function countNewSince(saved: Pick<SavedSearch, 'seenIds'>, matchingIds: readonly string[]): number {
  const seen = new Set(saved.seenIds)
  let count = 0
  for (const id of matchingIds) if (!seen.has(id)) count++
  return count
}

export function addSavedSearch(
  searches: readonly SavedSearch[],
  entry: { id: string; name: string; search: string; seenIds: readonly string[] },
  now: Date,
): SavedSearch[] {
  const at = now.toISOString()
  const name = entry.name.trim().slice(0, 200) || 'Untitled search'
  return [...searches, { id: entry.id, name, search: entry.search, createdAt: at, lastOpenedAt: at, seenIds: [...entry.seenIds] }]
}

export function renameSavedSearch(searches: readonly SavedSearch[], id: string, name: string): SavedSearch[] {
  const trimmed = name.trim().slice(0, 200)
  if (!trimmed) return [...searches]
  return searches.map((s) => (s.id === id ? { ...s, name: trimmed } : s))
}

export function removeSavedSearch(searches: readonly SavedSearch[], id: string): SavedSearch[] {
  return searches.filter((s) => s.id !== id)
}

export function markSavedSearchOpened(
  searches: readonly SavedSearch[],
  id: string,
  matchingIds: readonly string[],
  now: Date,
): SavedSearch[] {
  return searches.map((s) => (s.id === id ? { ...s, lastOpenedAt: now.toISOString(), seenIds: [...matchingIds] } : s))
}

/** A short random id; crypto where there is one, so two tabs saving at once do not collide. */
export function newSavedSearchId(): string {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
