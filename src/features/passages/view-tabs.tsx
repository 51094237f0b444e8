import { useQueryClient } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { useEffect } from 'react'
import { normalizeSearchParams, toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import { passagesQueryOptions } from '../../service/search-queries.ts'
import { useArchive } from '../search/use-search-state.ts'
import { preloadPassagesView } from './passage-list.tsx'
import './passages.css'

const route = getRouteApi('/')

/**
 * The search page's two views of one search, as links: each is a real address that can be
 * opened in a new tab or bookmarked, and Back returns to the other view.
 */
export function ViewTabs({ answered }: { answered: SearchParams }) {
  // Only the view: the tabs' links are built from the URL when followed, and a keystroke, which
  // changes only the words, leaves the tabs alone.
  const view = route.useSearch({ select: (s) => s.view })
  const archive = useArchive()
  const queryClient = useQueryClient()
  useEffect(() => {
    // Once the results are up and the page is idle, so that it never delays them.
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(preloadPassagesView, 3000)
      return () => clearTimeout(timer)
    }
    const idle = requestIdleCallback(preloadPassagesView, { timeout: 10_000 })
    return () => cancelIdleCallback(idle)
  }, [])
  // A pointer on the tab, or focus, usually comes a moment before the click: the view's code
  // and its first passages are asked for then.
  const prepare = () => {
    preloadPassagesView()
    if (answered.q && view !== 'passages') {
      void queryClient.prefetchInfiniteQuery(passagesQueryOptions(archive, toSearchQuery(answered), answered.order ?? 'oldest'))
    }
  }
  return (
    <nav className="view-tabs" aria-label="View">
      <Link
        to="/"
        // The passages' order means nothing to the statement list, so it leaves the address.
        search={({ view: _view, order: _order, ...rest }) => normalizeSearchParams(rest)}
        className="view-tabs__tab"
        aria-current={view === undefined ? 'page' : undefined}
        activeOptions={{ exact: true, includeSearch: true }}
      >
        Statements
      </Link>
      <Link
        to="/"
        search={(prev) => normalizeSearchParams({ ...prev, view: 'passages' })}
        className="view-tabs__tab"
        aria-current={view === 'passages' ? 'page' : undefined}
        activeOptions={{ exact: true, includeSearch: true }}
        onPointerEnter={prepare}
        onFocus={prepare}
      >
        Passages
      </Link>
    </nav>
  )
}
