import { highlightRanges, type Phrases } from './highlight.ts'
import type { PassageOrder } from './search-types.ts'
import { tokenize } from './tokenize.ts'

// A concordance: every occurrence of a query's words and phrases in statements' paragraphs, one
// line each, the match in the middle and about ten words on either side, as corpus tools show
// keywords in context. An occurrence is exactly what the page marks (highlight.ts).

export interface Passage {
  doc: number
  /** 1-based, as the statement page's #pN anchors. */
  paragraph: number
  left: string
  match: string
  right: string
}

const CONTEXT_WORDS = 10
const WORD = /[\p{L}\p{N}]+/gu

/**
 * Context is read from a window next to the match, widened only when it holds too few words:
 * taking the words of everything before each match would read a long paragraph once per match.
 */
const WINDOW = 240
/** What closes a context after its last word. Sticky: read from where the word ends. */
const PUNCTUATION = /[.,;:!?)»”’]*/y

/** The last `n` words of `text` before `end`, from the start of the first of them. */
function lastWords(text: string, end: number, n: number): string {
  for (let width = WINDOW; ; width *= 2) {
    const from = Math.max(0, end - width)
    const starts = Array.from(text.slice(from, end).matchAll(WORD), (m) => m.index)
    // One word more than wanted, so that the first one counted is not cut by the window.
    if (starts.length > n) return text.slice(from + (starts[starts.length - n] as number), end)
    if (from === 0) return text.slice(0, end).trimStart()
  }
}

/** The first `n` words of `text` from `start`, to the end of the last of them (with its punctuation). */
function firstWords(text: string, start: number, n: number): string {
  for (let width = WINDOW; ; width *= 2) {
    const to = Math.min(text.length, start + width)
    const words = Array.from(text.slice(start, to).matchAll(WORD))
    if (words.length > n || to === text.length) {
      if (words.length <= n) return text.slice(start).trimEnd()
      const last = words[n - 1] as RegExpExecArray
      const end = start + last.index + last[0].length
      PUNCTUATION.lastIndex = end
      return text.slice(start, end + (PUNCTUATION.exec(text)?.[0].length ?? 0))
    }
  }
}

/** Every occurrence in a statement's paragraphs, in reading order. */
export function passagesOf(doc: number, paragraphs: readonly string[], terms: ReadonlySet<string>, phrases: Phrases): Passage[] {
  const out: Passage[] = []
  paragraphs.forEach((text, i) => {
    for (const [start, end] of highlightRanges(text, terms, phrases)) {
      out.push({
        doc,
        paragraph: i + 1,
        left: lastWords(text, start, CONTEXT_WORDS),
        match: text.slice(start, end),
        right: firstWords(text, end, CONTEXT_WORDS),
      })
    }
  })
  return out
}

/** The word next to the match, as the index reads words; '' when the paragraph ends there. */
export function neighbourWord(passage: Pick<Passage, 'left' | 'right'>, side: 'before' | 'after'): string {
  const words = tokenize(side === 'before' ? passage.left : passage.right)
  return (side === 'before' ? words.at(-1) : words[0])?.term ?? ''
}

/**
 * Orders passages: by date (`rank` gives each statement's place, oldest first), or by the word
 * just before or after the match, as concordances sort, so that common phrasings stand
 * together. A match with no word on that side (it starts or ends its paragraph) comes last, as
 * a concordance puts empty context at the end. Ties keep date order, then reading order.
 */
export function sortPassages(passages: Passage[], order: PassageOrder, rank: (doc: number) => number): Passage[] {
  const byDate = (a: Passage, b: Passage) => rank(a.doc) - rank(b.doc) || a.paragraph - b.paragraph
  if (order === 'oldest') return passages.sort(byDate)
  if (order === 'newest') return passages.sort((a, b) => rank(b.doc) - rank(a.doc) || a.paragraph - b.paragraph)
  // Each passage's key computed once, not once per comparison.
  const keyed = passages.map((passage, i) => ({ passage, i, word: neighbourWord(passage, order) }))
  const collator = new Intl.Collator('en', { sensitivity: 'base' })
  keyed.sort(
    (a, b) =>
      Number(a.word === '') - Number(b.word === '') || collator.compare(a.word, b.word) || byDate(a.passage, b.passage) || a.i - b.i,
  )
  keyed.forEach((k, i) => (passages[i] = k.passage))
  return passages
}
