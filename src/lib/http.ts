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
 * Whatever aborts `controller` gives, as the abort's reason, the error the request rejects with:
 * the timeout "could not be reached", a caller (see request-until.ts) a reason of its own.
 */
export async function request<T>(
  url: string,
  read: (response: Response) => Promise<T>,
  init?: Omit<RequestInit, 'signal'>,
  controller = new AbortController(),
): Promise<T> {
  // A timer of our own rather than AbortSignal.timeout, so that the timeout can be tested with
  // fake timers; it is cleared as soon as the body is read.
  const timer = setTimeout(() => controller.abort(unreachable(url)), FETCH_TIMEOUT_MS)
  const stopped = (otherwise: FetchError) => (controller.signal.aborted ? controller.signal.reason : otherwise)
  try {
    let response: Response
    try {
      response = await fetch(url, { ...init, signal: controller.signal })
    } catch {
      throw stopped(unreachable(url))
    }
    if (!response.ok) throw new FetchError(`The archive answered ${response.status} ${response.statusText} for ${url}.`, url)
    try {
      return await read(response)
    } catch {
      throw stopped(damaged(url))
    }
  } finally {
    clearTimeout(timer)
  }
}

export function fetchJson<T>(url: string, init?: Omit<RequestInit, 'signal'>): Promise<T> {
  return request(url, (r) => r.json() as Promise<T>, init)
}
