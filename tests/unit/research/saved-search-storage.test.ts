import { describe, expect, it } from 'vitest'
import { SavedSearchStorage } from '../../../src/research/saved-search-storage.ts'
import {
  addSavedSearch,
  serializeSavedSearches,
} from '../../../src/research/saved-search-store.ts'
import { SAVED_SEARCHES_KEY, SET_ASIDE_PREFIX } from '../../../src/research/saved-search-keys.ts'

class MemoryStorage {
  items = new Map<string, string>()
  full = false
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    this.items.set(key, value)
  }
}

const now = () => new Date('2026-03-01T10:00:00Z')
const existing = addSavedSearch([], { id: 'a1', name: 'Cyber', search: '?q=cyber', seenIds: ['x'] }, now())

describe('saved searches in storage', () => {
  it('adds a search and reads it back', () => {
    const storage = new MemoryStorage()
    const store = new SavedSearchStorage(storage, now)
    expect(store.update((list) => addSavedSearch(list, { id: 'b2', name: 'NATO', search: '?topic=nato', seenIds: [] }, now()))).toBe(true)
    expect(new SavedSearchStorage(storage, now).getSnapshot().searches.map((s) => s.name)).toEqual(['NATO'])
  })

  it('keeps every saved search when the storage is full, and says so', () => {
    const storage = new MemoryStorage()
    storage.setItem(SAVED_SEARCHES_KEY, serializeSavedSearches(existing))
    storage.full = true
    const store = new SavedSearchStorage(storage, now)
    const ok = store.update((list) => addSavedSearch(list, { id: 'b2', name: 'NATO', search: '', seenIds: [] }, now()))
    expect(ok).toBe(false)
    const snapshot = store.getSnapshot()
    expect(snapshot.searches).toEqual(existing)
    expect(snapshot.notice).toMatch(/storage .* is full/)
    expect(storage.getItem(SAVED_SEARCHES_KEY)).toBe(serializeSavedSearches(existing))
  })

  it('sets a corrupt value aside under its own key before writing anything', () => {
    const storage = new MemoryStorage()
    const raw = JSON.stringify({ version: 1, searches: [existing[0], { id: 'BAD ID' }] })
    storage.setItem(SAVED_SEARCHES_KEY, raw)
    const store = new SavedSearchStorage(storage, now)
    const unsubscribe = store.subscribe(() => {})
    unsubscribe()
    const asideKeys = [...storage.items.keys()].filter((k) => k.startsWith(SET_ASIDE_PREFIX))
    expect(asideKeys).toHaveLength(1)
    expect(JSON.parse(storage.getItem(asideKeys[0] as string) ?? '')).toEqual([{ id: 'BAD ID' }])
    expect(store.getSnapshot().searches).toEqual(existing)
    expect(store.getSnapshot().notice).toMatch(/set aside/)
  })

  it('leaves an unreadable value untouched when there is no room to keep a copy of it', () => {
    const storage = new MemoryStorage()
    storage.setItem(SAVED_SEARCHES_KEY, 'garbage')
    storage.full = true
    const store = new SavedSearchStorage(storage, now)
    store.subscribe(() => {})()
    expect(storage.getItem(SAVED_SEARCHES_KEY)).toBe('garbage')
    expect(store.getSnapshot().notice).toMatch(/left untouched/)
  })

  it('works without any storage at all', () => {
    const store = new SavedSearchStorage(undefined, now)
    expect(store.getSnapshot().searches).toEqual([])
  })
})
