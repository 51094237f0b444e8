import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { holdsSavedSearches, SAVED_SEARCHES_KEY } from '../../research/saved-search-keys.ts'
import type { SavedSearchSnapshot, SavedSearchStorage } from '../../research/saved-search-storage.ts'

function browserStorage(): Storage | undefined {
  // Reading window.localStorage itself throws where a browser blocks site data.
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

// The store and its schema (valibot) are loaded only where they are needed: when this browser
// holds saved searches, when another tab saves one, or when the person saves. Most visits do
// none of these, and the first page's JavaScript stays smaller for it.
let storeCode: Promise<typeof import('../../research/saved-search-storage.ts')> | undefined
const loadStoreCode = () => (storeCode ??= import('../../research/saved-search-storage.ts'))

export interface SavedSearches extends SavedSearchSnapshot {
  /** The store, once loaded. */
  store: SavedSearchStorage | undefined
  /** Loads the store (once) and gives it. */
  load: () => Promise<SavedSearchStorage>
}

const NOTHING_SAVED: SavedSearchSnapshot = { searches: [], notice: null }
const noSubscription = () => () => {}
const nothingSaved = () => NOTHING_SAVED

/** The saved searches in this browser, kept in step with other tabs. */
export function useSavedSearches(): SavedSearches {
  const [store, setStore] = useState<SavedSearchStorage>()
  const [pending] = useState(() => ({ promise: undefined as Promise<SavedSearchStorage> | undefined }))
  const load = useCallback(() => {
    pending.promise ??= loadStoreCode().then(({ SavedSearchStorage }) => {
      const created = new SavedSearchStorage(browserStorage())
      setStore(created)
      return created
    })
    return pending.promise
  }, [pending])

  useEffect(() => {
    if (store) return
    if (holdsSavedSearches(browserStorage())) void load()
    // Another tab saved the first search: load the store, which then follows it itself.
    const onStorage = (event: StorageEvent) => {
      if (event.key === SAVED_SEARCHES_KEY) void load()
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [store, load])

  const snapshot = useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? nothingSaved, store?.getSnapshot ?? nothingSaved)
  // The same object until something changes, so that memoized parts of the page can skip.
  return useMemo(() => ({ ...snapshot, store, load }), [snapshot, store, load])
}
