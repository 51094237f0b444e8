/**
 * mulberry32: a tiny, fast generator, good enough that the same seed always yields the same
 * synthetic corpus or benchmark queries.
 */
export function createRandom(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)] as T
  return { next, int, pick }
}

export type Random = ReturnType<typeof createRandom>
