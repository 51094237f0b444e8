// The one place the search worker is spawned. boot.ts calls `startSearchWorkerEarly` from a
// tiny script of its own, so that the worker (and its download of the search file) starts
// while the browser is still fetching and evaluating React and the app; the page's worker
// client then takes that worker over.

let early: Worker | undefined
// An error before the page's client listens (the script failed to load, say) would be lost;
// it is noted here, and such a worker is not handed over.
let failed = false

export function spawnSearchWorker(): Worker {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' })
}

export function startSearchWorkerEarly(base: string): void {
  if (typeof Worker === 'undefined') return
  try {
    early = spawnSearchWorker()
    early.addEventListener('error', () => (failed = true), { once: true })
    early.postMessage({ type: 'init', base })
  } catch {
    // The page's client tries again, and searches in place if workers cannot run.
    early = undefined
  }
}

/** The worker started early, once; undefined when there was none. */
export function takeEarlyWorker(): Worker | undefined {
  const worker = early
  early = undefined
  if (worker && failed) {
    worker.terminate()
    return undefined
  }
  return worker
}
