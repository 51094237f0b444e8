import { useMemo, useState, useSyncExternalStore } from 'react'
import { SavedSearchStorage, type SavedSearchSnapshot } from '../../research/saved-search-storage.ts'

function browserStorage(): Storage | undefined {
  // Reading window.localStorage itself throws where a browser blocks site data.
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

export interface SavedSearches extends SavedSearchSnapshot {
  store: SavedSearchStorage
}

/** The saved searches in this browser, kept in step with other tabs. */
export function useSavedSearches(): SavedSearches {
  const [store] = useState(() => new SavedSearchStorage(browserStorage()))
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
  // The same object until something changes, so that memoized parts of the page can skip.
  return useMemo(() => ({ ...snapshot, store }), [snapshot, store])
}
