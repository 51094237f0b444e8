// The one place the search worker is spawned. boot.ts calls `startSearchWorkerEarly` from a
// tiny script of its own, so that the worker (and its download of the search file) starts
// while the browser is still fetching and evaluating React and the app; the page's worker
// client then takes that worker over.

import type { CorpusManifest } from '../corpus/schema.ts'
import { archiveRoot, fetchManifest } from './fetch-manifest.ts'
import type { WorkerRequest } from './search-worker-protocol.ts'
import { workerName, type WorkerStart } from './search-worker-name.ts'

let early: Worker | undefined
let earlyManifest: Promise<CorpusManifest> | undefined
// An error before the page's client listens (the script failed to load, say) would be lost;
// it is noted here, and such a worker is not handed over.
let failed = false

export function spawnSearchWorker(start: WorkerStart): Worker {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: workerName(start) })
}

/**
 * Also fetches the manifest, once for the page and the worker: it arrives while both are still
 * downloading their code, instead of after, which on a 150 ms round trip is 150 ms sooner for
 * each. The worker is sent it (or null, to fetch its own, when this fetch failed).
 */
export function startSearchWorkerEarly(base: string): void {
  const manifest = fetchManifest(archiveRoot(base))
  earlyManifest = manifest
  // Reported by whoever takes it over, not as an unhandled rejection.
  manifest.catch(() => undefined)
  if (typeof Worker === 'undefined') return
  try {
    // Any page's `q` (a search, a profile's, a statement's highlight) is searched for first.
    const worker = spawnSearchWorker({ base, manifestFollows: true, opened: { path: location.pathname, search: location.search } })
    early = worker
    worker.addEventListener('error', () => (failed = true), { once: true })
    const send = (message: WorkerRequest) => worker.postMessage(message)
    manifest.then(
      (m) => send({ type: 'manifest', manifest: m }),
      () => send({ type: 'manifest', manifest: null }),
    )
  } catch {
    // The page's client tries again, and searches in place if workers cannot run.
    early = undefined
  }
}

/** The manifest fetched at boot, once; undefined after, or when boot did not run. */
export function takeEarlyManifest(): Promise<CorpusManifest> | undefined {
  const manifest = earlyManifest
  earlyManifest = undefined
  return manifest
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
