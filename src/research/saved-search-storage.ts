import { SAVED_SEARCHES_KEY, SET_ASIDE_PREFIX } from './saved-search-keys.ts'
import { parseSavedSearches, serializeSavedSearches, type SavedSearch } from './saved-search-store.ts'

// The saved-search list over a Storage (localStorage in the app, a fake in tests), as an
// external store: `subscribe` + `getSnapshot`, the shape React's useSyncExternalStore expects.
// No React here, so it moves anywhere.

export interface SavedSearchSnapshot {
  searches: readonly SavedSearch[]
  /** Something a person should know: a value set aside, a save that did not fit. */
  notice: string | null
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

export class SavedSearchStorage {
  private listeners = new Set<() => void>()
  private cachedRaw: string | null | undefined
  private snapshot: SavedSearchSnapshot = { searches: [], notice: null }
  private notice: string | null = null

  constructor(
    private readonly storage: StorageLike | undefined,
    private readonly now: () => Date = () => new Date(),
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    this.repair()
    const onStorage = (event: StorageEvent) => {
      // key is null when another tab cleared the whole storage.
      if (event.key === SAVED_SEARCHES_KEY || event.key === null) {
        this.repair()
        listener()
      }
    }
    if (typeof window !== 'undefined') window.addEventListener('storage', onStorage)
    return () => {
      this.listeners.delete(listener)
      if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage)
    }
  }

  getSnapshot = (): SavedSearchSnapshot => {
    const raw = this.read()
    if (raw !== this.cachedRaw || this.snapshot.notice !== this.notice) {
      this.cachedRaw = raw
      this.snapshot = { searches: parseSavedSearches(raw).searches, notice: this.notice }
    }
    return this.snapshot
  }

  dismissNotice(): void {
    this.notice = null
    this.emit()
  }

  /** Applies a change to what is stored now (another tab may have written since we read). */
  update(change: (searches: readonly SavedSearch[]) => SavedSearch[]): boolean {
    const current = this.repair()
    const next = change(current)
    try {
      this.storage?.setItem(SAVED_SEARCHES_KEY, serializeSavedSearches(next))
    } catch {
      // A failed setItem leaves the old value in place, so nothing saved is lost.
      this.notice = 'Could not save: this browser’s storage for the archive is full. Your saved searches are unchanged.'
      this.emit()
      return false
    }
    this.emit()
    return true
  }

  /** Moves unreadable stored values to their own keys, and keeps the valid entries. */
  private repair(): SavedSearch[] {
    const raw = this.read()
    const { searches, setAside } = parseSavedSearches(raw)
    if (setAside.length === 0 || !this.storage) return searches
    const stamp = this.now().toISOString()
    try {
      setAside.forEach((item, i) => this.storage?.setItem(`${SET_ASIDE_PREFIX}${stamp}-${i}`, item.value))
      this.storage.setItem(SAVED_SEARCHES_KEY, serializeSavedSearches(searches))
      this.notice =
        `Some stored saved-search data ${setAside.map((s) => s.reason).join('; ')}. It was set aside under ` +
        `“${SET_ASIDE_PREFIX}${stamp}” in this browser’s storage; your other saved searches are kept.`
    } catch {
      // Without room to keep a copy, the stored value is left exactly as it is.
      this.notice = 'Some stored saved-search data could not be read. It was left untouched; readable searches are shown.'
    }
    this.emit()
    return searches
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(SAVED_SEARCHES_KEY) ?? null
    } catch {
      return null
    }
  }

  private emit(): void {
    for (const l of this.listeners) l()
  }
}
