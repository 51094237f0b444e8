// Fetching the archive's files, with every failure turned into one error a person can act on:
// unreachable, an HTTP error status, a stalled connection, or a body that arrived damaged.
// Shared by the page and the search worker; it knows nothing of what the files hold.

export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message)
    this.name = 'FetchError'
  }
}

/** A stalled connection must end in a message with Retry, not a spinner forever. */
export const FETCH_TIMEOUT_MS = 30_000

const unreachable = (url: string) => new FetchError('The archive could not be reached. Check your connection and try again.', url)

export const damaged = (url: string) => new FetchError(`The archive file ${url} arrived incomplete or damaged.`, url)

/**
 * `fetch` that rejects with a FetchError. The timeout covers the whole exchange, body
 * included: a server that sends headers and then stalls is as stuck as one that sends nothing.
 */
export async function request<T>(url: string, read: (response: Response) => Promise<T>, init?: RequestInit): Promise<T> {
  const controller = new AbortController()
  // The caller's signal (a search no one waits for any more) stops the request too; it rejects
  // with the signal's AbortError, which no one is shown, rather than "could not be reached".
  const given = init?.signal
  if (given?.aborted) throw given.reason
  const stop = () => controller.abort()
  given?.addEventListener('abort', stop, { once: true })
  // A timer of our own rather than AbortSignal.timeout, so that the timeout can be tested with
  // fake timers; it is cleared as soon as the body is read.
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS)
  try {
    let response: Response
    try {
      response = await fetch(url, { ...init, signal: controller.signal })
    } catch {
      throw given?.aborted ? given.reason : unreachable(url)
    }
    if (!response.ok) throw new FetchError(`The archive answered ${response.status} ${response.statusText} for ${url}.`, url)
    try {
      return await read(response)
    } catch {
      if (given?.aborted) throw given.reason
      throw controller.signal.aborted ? unreachable(url) : damaged(url)
    }
  } finally {
    clearTimeout(timer)
    given?.removeEventListener('abort', stop)
  }
}

export function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  return request(url, (r) => r.json() as Promise<T>, init)
}
