import { highlightRanges, type Phrases } from './highlight.ts'
import { normalizeTerm } from './tokenize.ts'

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

export type PassageOrder = 'oldest' | 'newest' | 'before' | 'after'

export const PASSAGE_ORDERS: readonly PassageOrder[] = ['oldest', 'newest', 'before', 'after']

const CONTEXT_WORDS = 10
const WORD = /[\p{L}\p{N}]+/gu

/** The last `n` words of `text`, from the start of the first of them. */
function lastWords(text: string, n: number): string {
  const starts = [...text.matchAll(WORD)].map((m) => m.index)
  return starts.length <= n ? text.trimStart() : text.slice(starts[starts.length - n] as number)
}

/** The first `n` words of `text`, to the end of the last of them (with its punctuation). */
function firstWords(text: string, n: number): string {
  const words = [...text.matchAll(WORD)]
  if (words.length <= n) return text.trimEnd()
  const last = words[n - 1] as RegExpExecArray
  const end = last.index + last[0].length
  const punctuation = /^[.,;:!?)»”’]*/.exec(text.slice(end))?.[0] ?? ''
  return text.slice(0, end + punctuation.length)
}

/** Every occurrence in a statement's paragraphs, in reading order. */
export function passagesOf(doc: number, paragraphs: readonly string[], terms: ReadonlySet<string>, phrases: Phrases): Passage[] {
  const out: Passage[] = []
  paragraphs.forEach((text, i) => {
    for (const [start, end] of highlightRanges(text, terms, phrases)) {
      out.push({
        doc,
        paragraph: i + 1,
        left: lastWords(text.slice(0, start), CONTEXT_WORDS),
        match: text.slice(start, end),
        right: firstWords(text.slice(end), CONTEXT_WORDS),
      })
    }
  })
  return out
}

const neighbour = (text: string, side: 'before' | 'after') => {
  const words = text.match(WORD) ?? []
  return normalizeTerm((side === 'before' ? words.at(-1) : words[0]) ?? '')
}

/**
 * Orders passages: by date (`rank` gives each statement's place, oldest first), or by the word
 * just before or after the match, as concordances sort, so that common phrasings stand
 * together. Ties keep date order, then reading order.
 */
export function sortPassages(passages: Passage[], order: PassageOrder, rank: (doc: number) => number): Passage[] {
  const byDate = (a: Passage, b: Passage) => rank(a.doc) - rank(b.doc) || a.paragraph - b.paragraph
  if (order === 'oldest') return passages.sort(byDate)
  if (order === 'newest') return passages.sort((a, b) => rank(b.doc) - rank(a.doc) || a.paragraph - b.paragraph)
  const keys = new Map(passages.map((p) => [p, neighbour(order === 'before' ? p.left : p.right, order)]))
  const collator = new Intl.Collator('en', { sensitivity: 'base' })
  return passages.sort((a, b) => collator.compare(keys.get(a) as string, keys.get(b) as string) || byDate(a, b))
}
