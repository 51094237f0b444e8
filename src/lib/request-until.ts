// A request its caller can stop: the search worker's downloads, which a keystroke can make
// unwanted.
import { request } from './http.ts'

/**
 * `request` that `signal` stops too (a search no one waits for any more), rejecting with the
 * signal's reason, an AbortError no one is shown, rather than "could not be reached". In a
 * module of its own because the page's boot script fetches the manifest through http.ts, and
 * must stay small.
 */
export async function requestUntil<T>(url: string, read: (response: Response) => Promise<T>, signal: AbortSignal): Promise<T> {
  const controller = new AbortController()
  const stop = () => controller.abort(signal.reason)
  if (signal.aborted) stop()
  signal.addEventListener('abort', stop)
  try {
    return await request(url, read, undefined, controller)
  } finally {
    signal.removeEventListener('abort', stop)
  }
}
