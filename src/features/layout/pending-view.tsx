import { useSyncExternalStore } from 'react'
import { getLoadProgress, subscribeLoadProgress } from '../../service/load-progress.ts'

/** Shown while the archive loads; with a large corpus, how much of the index has arrived. */
export function PendingView() {
  const { received, total } = useSyncExternalStore(subscribeLoadProgress, getLoadProgress, getLoadProgress)
  const percent = total > 0 ? Math.min(100, Math.round((received / total) * 100)) : undefined
  return (
    <div className="page page--narrow pending" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>Loading the archive…{percent !== undefined && percent < 100 ? ` ${percent}%` : ''}</span>
      {percent !== undefined ? (
        <progress className="pending__bar" max={100} value={percent} aria-label="Archive loaded" />
      ) : null}
    </div>
  )
}
