import { tokenize } from './tokenize.ts'

export type Range = readonly [start: number, end: number]

/** Anything but printable ASCII and common whitespace: such text takes the full Unicode path. */
const NOT_PLAIN_ASCII = /[^ -~\t\n\r]/

export type Phrases = ReadonlyArray<readonly string[]>

/**
 * Character ranges to mark in `text`: each occurrence of a phrase as one range, from its first
 * word to its last, and each other word whose normalized form is one of `terms`.
 */
export function highlightRanges(text: string, terms: ReadonlySet<string>, phrases: Phrases = []): Range[] {
  if (terms.size === 0 && phrases.length === 0) return []
  // Plain ASCII text that holds none of the terms even as a substring has no match. Native
  // substring search finds that out far faster than tokenizing: most paragraphs of a long
  // transcript hold no query word, and snippets are computed while a person types.
  if (!NOT_PLAIN_ASCII.test(text)) {
    const lower = text.toLowerCase()
    let possible = false
    for (const term of [...terms, ...phrases.map((p) => p[0] as string)]) {
      if (lower.includes(term)) {
        possible = true
        break
      }
    }
    if (!possible) return []
  }
  const tokens = tokenize(text)
  const ranges: Range[] = []
  for (let i = 0; i < tokens.length; ) {
    const phrase = phrases.find((p) => p.every((word, k) => tokens[i + k]?.term === word))
    if (phrase) {
      ranges.push([(tokens[i] as (typeof tokens)[number]).start, (tokens[i + phrase.length - 1] as (typeof tokens)[number]).end])
      i += phrase.length
      continue
    }
    const token = tokens[i] as (typeof tokens)[number]
    if (terms.has(token.term)) ranges.push([token.start, token.end])
    i++
  }
  return ranges
}

export interface Snippet {
  text: string
  ranges: Range[]
  paragraph: number
  /** True when text was cut at the start or the end. */
  clippedStart: boolean
  clippedEnd: boolean
}

/**
 * The passage that best shows why a statement matched: the paragraph holding the most distinct
 * matched terms, cut to a window around its densest stretch of matches.
 */
export function bestSnippet(paragraphs: readonly string[], terms: ReadonlySet<string>, maxLength = 260, phrases: Phrases = []): Snippet {
  let best = { paragraph: 0, distinct: -1, count: 0, ranges: [] as Range[] }
  paragraphs.forEach((text, paragraph) => {
    const ranges = highlightRanges(text, terms, phrases)
    const distinct = new Set(ranges.map(([s, e]) => text.slice(s, e).toLowerCase())).size
    if (distinct > best.distinct || (distinct === best.distinct && ranges.length > best.count)) {
      best = { paragraph, distinct, count: ranges.length, ranges }
    }
  })
  const text = paragraphs[best.paragraph] ?? ''
  if (text.length <= maxLength) {
    return { text, ranges: best.ranges, paragraph: best.paragraph, clippedStart: false, clippedEnd: false }
  }
  // The window that holds the most distinct matched words, opened a little before the first.
  const lead = Math.min(60, Math.floor(maxLength / 4))
  const reach = maxLength - lead
  let windowStart = 0
  let bestCovered = -1
  for (const [s] of best.ranges) {
    const covered = new Set(
      best.ranges.filter(([a, b]) => a >= s && b <= s + reach).map(([a, b]) => text.slice(a, b).toLowerCase()),
    ).size
    if (covered > bestCovered) {
      bestCovered = covered
      windowStart = s
    }
  }
  let start = Math.max(0, windowStart - lead)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space >= 0 && space < windowStart ? space + 1 : windowStart
  }
  let end = Math.min(text.length, start + maxLength)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  const ranges = best.ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as Range)
  return {
    text: text.slice(start, end),
    ranges,
    paragraph: best.paragraph,
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  }
}
