// How much of the search index has arrived, for the loading indicator. A tiny external store:
// loading happens inside a query function, far from the component that shows it.

export interface LoadProgress {
  received: number
  total: number
}

let current: LoadProgress = { received: 0, total: 0 }
const listeners = new Set<() => void>()

export function setLoadProgress(next: LoadProgress) {
  current = next
  for (const listener of listeners) listener()
}

export function subscribeLoadProgress(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const getLoadProgress = () => current
