// What the search worker starts from, carried in its name. Apart from the messages
// (search-worker-protocol.ts) because the boot script names the worker, and it stays small.

/**
 * What the worker starts from: the app's base URL, and
 * `manifestFollows`: the page fetches the manifest and sends it (or null, when that failed);
 * `opened`: the address the page was opened at. Its `q` has its files fetched ahead, and on
 * the search page its search is answered ahead too (search-worker.ts).
 */
export interface WorkerStart {
  base: string
  manifestFollows?: boolean
  opened?: { path: string; search: string }
}

// The start travels in the worker's name, not in a first message. Chromium holds the messages
// posted to a worker before its script has run, and hands them over from the page's main
// thread: when that thread is evaluating React, the worker, downloaded and ready, sat idle for
// the length of it (some 80 ms on localhost in a trace; a slow phone's main thread takes longer)
// before it could ask for the search file. Its name it has as it starts.
const NAME_PREFIX = 'search '

export function workerName(start: WorkerStart): string {
  return `${NAME_PREFIX}${JSON.stringify(start)}`
}

/** The start a worker was named with; undefined for a name that holds none. */
export function startFromName(name: string): WorkerStart | undefined {
  if (!name.startsWith(NAME_PREFIX)) return undefined
  let start: unknown
  try {
    start = JSON.parse(name.slice(NAME_PREFIX.length))
  } catch {
    return undefined
  }
  if (typeof start !== 'object' || start === null) return undefined
  const { base, manifestFollows, opened } = start as Record<string, unknown>
  if (typeof base !== 'string') return undefined
  const where = opened as Record<string, unknown> | undefined
  const openedOk = where === undefined || (typeof where === 'object' && where !== null && typeof where.path === 'string' && typeof where.search === 'string')
  if (!openedOk) return undefined
  return {
    base,
    ...(manifestFollows === true ? { manifestFollows: true } : {}),
    ...(where ? { opened: { path: where.path as string, search: where.search as string } } : {}),
  }
}
