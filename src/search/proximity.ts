// The phrase and proximity bonus: statements where the query's words stand together, in the
// order typed, rank above statements that merely hold them somewhere. It is applied to the top
// of the BM25 ranking only, where positions are worth decoding.

/** Words further apart than this earn no proximity bonus. */
const WINDOW = 8

/**
 * A bonus in [0, 1] for one statement. `positions[i]` holds the sorted positions of query word
 * i (any of its spellings). Each neighbouring pair of words earns 1 when they appear as a
 * phrase, less the further apart they stand, up to half for being adjacent out of order.
 */
export function proximityBonus(positions: ReadonlyArray<readonly number[]>): number {
  if (positions.length < 2) return 0
  let total = 0
  for (let w = 0; w + 1 < positions.length; w++) {
    total += pairBonus(positions[w] as readonly number[], positions[w + 1] as readonly number[])
  }
  return total / (positions.length - 1)
}

function pairBonus(a: readonly number[], b: readonly number[]): number {
  let best = 0
  let j = 0
  for (const p of a) {
    // b is sorted: move to the first position that could be near p.
    while (j < b.length && (b[j] as number) < p - WINDOW) j++
    for (let k = j; k < b.length && (b[k] as number) <= p + WINDOW; k++) {
      const gap = (b[k] as number) - p
      if (gap === 1) return 1
      // The same spot: one term standing for both words is no evidence of closeness.
      if (gap === 0) continue
      const bonus = gap > 0 ? 0.75 * (1 - (gap - 1) / WINDOW) : 0.5 * (1 - (-gap - 1) / WINDOW)
      if (bonus > best) best = bonus
    }
  }
  return best
}
