import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useCallback } from 'react'
import { normalizeSearchParams, type SearchParams } from '../../search/search-params.ts'
import { archiveQueryOptions, type Archive } from '../../service/archive.ts'

// The search page's state is the URL's. Parts of the page read it here themselves, rather
// than through props handed down from the page.

const route = getRouteApi('/')

export type SearchUpdate = (update: (prev: SearchParams) => SearchParams, options?: { replace?: boolean }) => void

/**
 * Changes the search: a new history entry for a deliberate change (a filter, a sort), or in
 * place with `replace` (typing), so that Back undoes a choice rather than a keystroke.
 */
export function useSearchUpdate(): SearchUpdate {
  const navigate = route.useNavigate()
  return useCallback<SearchUpdate>(
    (fn, options) => void navigate({ search: (prev) => normalizeSearchParams(fn(prev)), replace: options?.replace ?? false }),
    [navigate],
  )
}

/**
 * Filters and sort as the URL has them now. Typing changes only `q`, so the controls that read
 * this do not re-render on each key; the default sort, which depends on `q`, is left for the
 * toolbar to fill in from the search its results answer (a sort that followed the first
 * keystroke would re-render every control synchronously, in the keystroke's own task).
 */
export function useSearchControls(): Omit<SearchParams, 'q'> {
  return route.useSearch({
    select: ({ q: _q, ...controls }) => controls,
    structuralSharing: true,
  })
}

/** The archive the app loaded: catalog, search service and bodies. Routes load it first. */
export function useArchive(): Archive {
  return useSuspenseQuery(archiveQueryOptions()).data
}
