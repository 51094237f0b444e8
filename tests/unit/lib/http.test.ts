import { afterEach, describe, expect, it, vi } from 'vitest'
import { FETCH_TIMEOUT_MS, FetchError, fetchJson } from '../../../src/lib/http.ts'
import { requestUntil } from '../../../src/lib/request-until.ts'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** A server that never answers: the fetch settles only when its signal aborts. */
function stalledFetch() {
  return vi.fn((_url: string, init?: RequestInit) => new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
  }))
}

describe('fetching an archive file', () => {
  it('gives up on a stalled connection after the timeout, with a message that says so', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', stalledFetch())
    const settled = vi.fn()
    const result = fetchJson('/corpus/catalog.json').then(settled, (error: unknown) => {
      settled()
      return error
    })
    // Just before the timeout, it is still waiting…
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1)
    expect(settled).not.toHaveBeenCalled()
    // …and at the timeout it fails with a message a person can act on.
    await vi.advanceTimersByTimeAsync(1)
    const error = await result
    expect(error).toBeInstanceOf(FetchError)
    expect((error as FetchError).message).toMatch(/could not be reached/)
    expect((error as FetchError).url).toBe('/corpus/catalog.json')
  })

  it('times out a body that stalls after the headers, too', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init?: RequestInit) => ({
      ok: true,
      json: () => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    })))
    const result = fetchJson('/corpus/search.json').catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS)
    expect(((await result) as FetchError).message).toMatch(/could not be reached/)
  })

  it('stops the request when the caller gives up, with the caller\'s reason rather than an error to show', async () => {
    const fetch = stalledFetch()
    vi.stubGlobal('fetch', fetch)
    const stop = new AbortController()
    const result = requestUntil('/corpus/shards/1.bin', (r) => r.arrayBuffer(), stop.signal).catch((error: unknown) => error)
    stop.abort()
    const error = await result
    expect(error).not.toBeInstanceOf(FetchError)
    expect((error as DOMException).name).toBe('AbortError')
    expect((fetch.mock.calls[0]![1] as RequestInit).signal?.aborted).toBe(true)
  })

  it('still times out a request the caller could have stopped', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', stalledFetch())
    const result = requestUntil('/corpus/shards/2.bin', (r) => r.arrayBuffer(), new AbortController().signal).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS)
    expect(((await result) as FetchError).message).toMatch(/could not be reached/)
  })

  it('names an HTTP error and a damaged body', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('oops', { status: 500, statusText: 'Internal Server Error' })))
    await expect(fetchJson('/corpus/a.json')).rejects.toThrow('The archive answered 500 Internal Server Error for /corpus/a.json.')
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"trunc', { status: 200 })))
    await expect(fetchJson('/corpus/b.json')).rejects.toThrow('The archive file /corpus/b.json arrived incomplete or damaged.')
  })
})
