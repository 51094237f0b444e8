import { useEffect, useState } from 'react'
import type { SearchParams } from '../../search/search-params.ts'
import './passages.css'

// The list itself, its virtualizer and the export are fetched when passages are first wanted,
// or once the page is idle (view-tabs.tsx): the statement list's first page does not wait for
// them. Not React.lazy: a Suspense fallback, once shown, holds for 300 ms, longer than the
// first passages take to arrive.
type View = typeof import('./passages-view.tsx')
let loaded: View | undefined
const loadView = async (): Promise<View> => (loaded ??= await import('./passages-view.tsx'))

/** Fetches the passages view in the background, so that opening it does not wait for its code. */
export function preloadPassagesView(): void {
  loadView().catch(() => {
    // Asked for again, with a message if it fails, when the view is opened.
  })
}

/** Every occurrence of the query's words and phrases in the statements it finds, in context. */
export function PassageList({ answered }: { answered: SearchParams }) {
  const [view, setView] = useState(loaded)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!view && !failed) loadView().then(setView, () => setFailed(true))
  }, [view, failed])

  if (!answered.q) {
    return <p className="passages-empty">Type words or a phrase to see every passage that holds them.</p>
  }
  if (view) return <view.PassagesView answered={answered} />
  return failed ? (
    <p className="notice" role="alert">
      The passages view could not be loaded.{' '}
      <button type="button" className="button" onClick={() => setFailed(false)}>
        Retry
      </button>
    </p>
  ) : (
    <p className="passages-count" role="status">
      Finding passages…
    </p>
  )
}
