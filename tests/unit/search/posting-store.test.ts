import { describe, expect, it } from 'vitest'
import { encodeShard } from '../../../src/search/index-format.ts'
import { PostingStore } from '../../../src/search/posting-store.ts'

// A loader whose downloads stay open until the test ends them, recording what each was told.
function openLoads() {
  const asked: Array<{ shard: number; signal: AbortSignal | undefined; finish: () => void }> = []
  const load = (shard: number, signal?: AbortSignal) =>
    new Promise<Uint8Array>((resolve, reject) => {
      asked.push({ shard, signal, finish: () => resolve(encodeShard([])) })
      signal?.addEventListener('abort', () => reject(signal.reason))
    })
  return { asked, load }
}

describe('PostingStore: downloads a replaced search no longer needs', () => {
  it('stops a shard once every search waiting for it has given up, and fetches it anew when asked again', async () => {
    const { asked, load } = openLoads()
    const store = new PostingStore([0, 10, 20], new Int32Array(30), load)
    const first = new AbortController()
    const second = new AbortController()
    const a = store.ensure([3], true, first.signal)
    const b = store.ensure([4], true, second.signal)
    expect(asked).toHaveLength(1)
    first.abort()
    await expect(a).rejects.toThrow()
    expect(asked[0]!.signal?.aborted).toBe(false)
    second.abort()
    await expect(b).rejects.toThrow()
    expect(asked[0]!.signal?.aborted).toBe(true)

    const c = store.ensure([5])
    expect(asked).toHaveLength(2)
    asked[1]!.finish()
    await c
    expect(store.isLoaded(5)).toBe(true)
  })

  it('never stops a shard someone asked for without a signal, such as the opened query read ahead', async () => {
    const { asked, load } = openLoads()
    const store = new PostingStore([0, 10, 20], new Int32Array(30), load)
    store.prefetch([1], false)
    const typing = new AbortController()
    const search = store.ensure([12], true, typing.signal)
    typing.abort()
    await expect(search).rejects.toThrow()
    expect(asked[0]!.signal?.aborted).toBe(false)
    asked[0]!.finish()
    await store.ensure([12])
    expect(asked).toHaveLength(1)
    expect(store.isLoaded(12)).toBe(true)
  })
})
