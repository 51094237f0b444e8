// What a term is (a run of letters and digits, case and diacritics folded, a lone "s" dropped),
// for queries and highlighting. The index build does not call this: it scans with its own faster
// copy in term-scanner.ts, which shares normalizeTerm and is held by a unit test to yield exactly
// these terms, so that what is found is exactly what gets marked.

export interface Token {
  term: string
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}]+/gu
const DIACRITICS = /[\u0300-\u036f]/g
/** Anything but printable ASCII and common whitespace: such text takes the full Unicode path. */
const NOT_PLAIN_ASCII = /[^ -~\t\n\r]/

/** Lower-case, without diacritics: "Rivasseau", "RIVASSEAU" and "rivasséau" are one term. */
export function normalizeTerm(word: string): string {
  // Most words are plain ASCII, which Unicode normalization leaves alone; skipping it makes
  // tokenizing (for snippets, while a person types) several times faster.
  if (!NOT_PLAIN_ASCII.test(word)) return word.toLowerCase()
  return word.normalize('NFKD').replace(DIACRITICS, '').toLowerCase()
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const term = normalizeTerm(match[0])
    // A lone "s" is the tail of a possessive ("NATO’s"); it carries no meaning.
    if (term === 's') continue
    tokens.push({ term, start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

export function queryTerms(query: string): string[] {
  return Array.from(new Set(tokenize(query).map((t) => t.term)))
}
