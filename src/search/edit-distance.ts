// Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one
// substring): insertions, deletions, substitutions and swaps of two neighbouring letters, each
// one typo. "kaljurnd" is one from "kaljurand"; "nato" two from "into". Gives up early, as soon
// as the distance must exceed `max`, because it runs on every fuzzy candidate.

export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const n = a.length
  const m = b.length
  let before = new Array<number>(m + 1).fill(0)
  let previous = Array.from({ length: m + 1 }, (_, j) => j)
  let current = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, (before[j - 2] as number) + 1)
      }
      current[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[m] as number
}
