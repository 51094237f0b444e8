import { describe, expect, it } from 'vitest'
import {
  addSavedSearch,
  countNewSince,
  markSavedSearchOpened,
  parseSavedSearches,
  removeSavedSearch,
  renameSavedSearch,
  serializeSavedSearches,
  type SavedSearch,
} from '../../../src/research/saved-search-store.ts'

const at = new Date('2026-03-01T10:00:00Z')
const one = addSavedSearch([], { id: 'a1', name: ' Cyber in 2016 ', search: '?q=cyber&from=2016-01-01', seenIds: ['x', 'y'] }, at)

describe('saved-search format', () => {
  it('round-trips through the versioned envelope', () => {
    const raw = serializeSavedSearches(one)
    expect(JSON.parse(raw).version).toBe(1)
    expect(parseSavedSearches(raw)).toEqual({ searches: one, setAside: [] })
    expect(one[0]?.name).toBe('Cyber in 2016')
  })

  it('reads nothing stored as an empty list', () => {
    expect(parseSavedSearches(null)).toEqual({ searches: [], setAside: [] })
  })

  it('sets aside a value that is not JSON, whole', () => {
    const parsed = parseSavedSearches('{not json')
    expect(parsed.searches).toEqual([])
    expect(parsed.setAside).toEqual([{ reason: 'is not valid JSON', value: '{not json' }])
  })

  it('sets aside a value from another format version instead of misreading it', () => {
    const future = JSON.stringify({ version: 2, items: [] })
    const parsed = parseSavedSearches(future)
    expect(parsed.searches).toEqual([])
    expect(parsed.setAside[0]?.reason).toMatch(/format version 2/)
    expect(parsed.setAside[0]?.value).toBe(future)
  })

  it('keeps the valid entries and sets aside only the broken ones', () => {
    const broken = { id: 'b2', name: '', search: 42 }
    const raw = JSON.stringify({ version: 1, searches: [one[0], broken, one[0]] })
    const parsed = parseSavedSearches(raw)
    expect(parsed.searches).toEqual(one)
    // The broken entry and the duplicate are both kept, set aside.
    expect(JSON.parse(parsed.setAside[0]?.value ?? '[]')).toEqual([broken, one[0]])
  })
})

describe('saved-search changes', () => {
  it('counts statements that match now and did not when last opened, by id', () => {
    expect(countNewSince({ seenIds: ['x', 'y'] }, ['x', 'y', 'z', 'w'])).toBe(2)
    expect(countNewSince({ seenIds: ['x', 'y'] }, ['y'])).toBe(0)
  })

  it('renames, refusing an empty name', () => {
    expect(renameSavedSearch(one, 'a1', '  Renamed ')[0]?.name).toBe('Renamed')
    expect(renameSavedSearch(one, 'a1', '   ')[0]?.name).toBe('Cyber in 2016')
  })

  it('deletes only the named search', () => {
    const two = addSavedSearch(one, { id: 'b2', name: 'Other', search: '', seenIds: [] }, at)
    expect(removeSavedSearch(two, 'a1').map((s: SavedSearch) => s.id)).toEqual(['b2'])
  })

  it('marks a search opened: what matches now is what was seen', () => {
    const later = new Date('2026-04-01T00:00:00Z')
    const [opened] = markSavedSearchOpened(one, 'a1', ['x', 'y', 'z'], later)
    expect(opened?.lastOpenedAt).toBe(later.toISOString())
    expect(countNewSince(opened as SavedSearch, ['x', 'y', 'z'])).toBe(0)
  })
})
