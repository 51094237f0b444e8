// Where saved searches live in localStorage. Apart from the store (and its valibot schema), so
// that the first page can tell whether anything is saved without loading the store's code.

export const SAVED_SEARCHES_KEY = 'statement-archive.saved-searches'
export const SET_ASIDE_PREFIX = 'statement-archive.saved-searches.set-aside.'

/** Whether this browser holds saved-search data: only then does the page load the store. */
export function holdsSavedSearches(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(SAVED_SEARCHES_KEY) != null
  } catch {
    return false
  }
}
