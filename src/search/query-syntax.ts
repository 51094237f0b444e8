import { tokenize } from './tokenize.ts'

// The search box's language, Google-like because that is what people already type:
//
//   "exact phrase"         the words consecutive, in order, in one paragraph or the title
//   -word, -"a phrase"     leave out statements that contain it, exactly
//   a OR b                 either one; OR binds the terms beside it: `a b OR c` is a, and b or c
//   word*                  any word that begins with it
//   title:word, title:"…"  only in the title
//   plain words            typo-tolerant by length; the last one, while typed, also by its start
//
// Sloppy input never fails: an unclosed quote is a phrase to the end, a lone `-` or `OR` is an
// ordinary word, and a term whose words the tokenizer drops (punctuation) is ignored. Pure: the
// ranker, the URL, the page's reading of the query and the naive scan all read this one parser.

export type TermKind = 'word' | 'prefix' | 'phrase'

export interface QueryTerm {
  kind: TermKind
  /** Normalized words (tokenize.ts): one for a word or prefix, one or more for a phrase. */
  words: string[]
  /** Only the title, for `title:`. */
  titleOnly: boolean
  /** The last plain word of the query: it also matches words it begins, as the person types. */
  typing: boolean
}

/** Every clause must match; a clause matches when any of its terms does (OR). */
export interface ParsedQuery {
  clauses: QueryTerm[][]
  /** Statements containing any of these are left out. Always exact. */
  excluded: QueryTerm[]
}

interface Token {
  text: string
  quoted: boolean
  negated: boolean
  titleOnly: boolean
  /** An unquoted `OR`, which joins its neighbours. */
  or: boolean
}

/** Splits the query into words and quoted phrases, with their `-` and `title:` marks. */
function lex(q: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const n = q.length
  while (i < n) {
    while (i < n && /\s/.test(q.charAt(i))) i++
    if (i >= n) break
    let negated = false
    let titleOnly = false
    // A `-` right before a word or a quote excludes it; a `-` alone is just a character.
    if (q.charAt(i) === '-' && i + 1 < n && !/\s/.test(q.charAt(i + 1))) {
      negated = true
      i++
    }
    if (q.slice(i, i + 6).toLowerCase() === 'title:' && i + 6 < n && !/\s/.test(q.charAt(i + 6))) {
      titleOnly = true
      i += 6
    }
    if (q.charAt(i) === '"') {
      const close = q.indexOf('"', i + 1)
      const end = close < 0 ? n : close
      tokens.push({ text: q.slice(i + 1, end), quoted: true, negated, titleOnly, or: false })
      i = close < 0 ? n : close + 1
      continue
    }
    const start = i
    while (i < n && !/\s/.test(q.charAt(i)) && q.charAt(i) !== '"') i++
    const text = q.slice(start, i)
    tokens.push({ text, quoted: false, negated, titleOnly, or: !negated && !titleOnly && text === 'OR' })
  }
  return tokens
}

function termOf(token: Token): QueryTerm | undefined {
  const words = tokenize(token.text).map((t) => t.term)
  if (words.length === 0) return undefined
  if (token.quoted) return { kind: 'phrase', words, titleOnly: token.titleOnly, typing: false }
  // Unquoted text that tokenizes into several words ("rules-based") reads as those words in a
  // row, which is what a person typing it means.
  if (words.length > 1) return { kind: 'phrase', words, titleOnly: token.titleOnly, typing: false }
  if (token.text.endsWith('*')) return { kind: 'prefix', words, titleOnly: token.titleOnly, typing: false }
  return { kind: 'word', words, titleOnly: token.titleOnly, typing: false }
}

export function parseQuery(q: string): ParsedQuery {
  const tokens = lex(q)
  const clauses: QueryTerm[][] = []
  const excluded: QueryTerm[] = []
  let joinNext = false
  // The last token that made a term: what decides whether the query ends in a word being typed.
  let lastMade: Token | undefined
  tokens.forEach((token, i) => {
    // OR joins only when there is a term on either side; otherwise it is the word "or".
    const isJoiner = token.or && clauses.length > 0 && !joinNext && tokens.slice(i + 1).some((t) => !t.or && !t.negated)
    if (isJoiner) {
      joinNext = true
      return
    }
    const term = termOf(token.or ? { ...token, or: false } : token)
    if (!term) return
    lastMade = token
    if (token.negated) {
      excluded.push(term)
      return
    }
    if (joinNext) (clauses.at(-1) as QueryTerm[]).push(term)
    else clauses.push([term])
    joinNext = false
  })
  // The last plain word, as it is being typed, also stands for the words it begins.
  const last = clauses.at(-1)?.at(-1)
  if (last && last.kind === 'word' && !last.titleOnly && lastMade && !lastMade.quoted && !lastMade.negated) last.typing = true
  return { clauses, excluded }
}

/** Whether the query uses any of the syntax, beyond plain words. */
export function usesSyntax(query: ParsedQuery): boolean {
  return query.excluded.length > 0 || query.clauses.some((c) => c.length > 1 || c.some((t) => t.kind !== 'word' || t.titleOnly))
}

function printTerm(term: QueryTerm): string {
  const body = term.kind === 'phrase' ? `"${term.words.join(' ')}"` : term.kind === 'prefix' ? `${term.words[0]}*` : (term.words[0] as string)
  return term.titleOnly ? `title:${body}` : body
}

/**
 * The query in canonical form: parsing it again gives the same query. The clause holding the
 * word being typed stays last, so that it is still the word being typed.
 */
export function printQuery(query: ParsedQuery): string {
  const clause = (terms: QueryTerm[]) => terms.map(printTerm).join(' OR ')
  const typing = query.clauses.at(-1)?.at(-1)?.typing ? query.clauses.at(-1) : undefined
  return [
    ...query.clauses.filter((c) => c !== typing).map(clause),
    ...query.excluded.map((term) => `-${printTerm(term)}`),
    ...(typing ? [clause(typing)] : []),
  ].join(' ')
}

function describeTerm(term: QueryTerm): string {
  const body =
    term.kind === 'phrase'
      ? `the phrase “${term.words.join(' ')}”`
      : term.kind === 'prefix'
        ? `words beginning “${term.words[0]}”`
        : (term.words[0] as string)
  return term.titleOnly ? `${body} in the title` : body
}

function list(items: string[], conjunction: string): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}` : (items[0] ?? '')
}

/** How the page read the query, in words: "the phrase “cyber defence” and nato, without russia". */
export function describeQuery(query: ParsedQuery): string {
  const must = list(
    query.clauses.map((clause) => (clause.length > 1 ? `either ${list(clause.map(describeTerm), 'or')}` : describeTerm(clause[0] as QueryTerm))),
    'and',
  )
  const without = query.excluded.length ? `without ${list(query.excluded.map(describeTerm), 'or')}` : ''
  return [must, without].filter(Boolean).join(', ')
}

/** The typo budget of a word by its length: none up to 4 letters, one from 5, two from 9. */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0
}

/** Every word of the query that can match, for highlighting: none of the excluded ones. */
export function wantedWords(query: ParsedQuery): string[] {
  return query.clauses.flatMap((clause) => clause.flatMap((t) => t.words))
}
