import { Link } from '@tanstack/react-router'
import { Fragment, Suspense, use, type ReactNode } from 'react'
import type { SearchParams } from '../../search/search-params.ts'
import type { Correction } from '../../search/search-types.ts'
import { tokenize } from '../../search/tokenize.ts'

/**
 * The query with each of the typed words quoted, where it stands as a plain word: a one-word
 * phrase is matched exactly, with no typos. `typed` is normalized (tokenize.ts), so the query's
 * words are compared as the tokenizer reads them, whatever their case or accents; the word
 * keeps the spelling it was typed with. A word inside quotes, ending in `*` or joined to
 * others ("natonal-security") is left as it is: it is not the plain word that was corrected.
 */
export function quoteTypedWords(q: string, typed: readonly string[]): string {
  const wanted = new Set(typed)
  // Where quotes are open: every `"` outside a phrase opens one, as the query parser reads it.
  const quoted: boolean[] = []
  let inside = false
  for (let i = 0; i < q.length; i++) {
    if (q.charAt(i) === '"') inside = !inside
    quoted.push(inside || q.charAt(i) === '"')
  }
  let out = ''
  let cursor = 0
  for (const token of tokenize(q)) {
    if (!wanted.has(token.term) || quoted[token.start]) continue
    // The run of text around the word, as the parser splits it: spaces and quotes end it.
    let from = token.start
    while (from > 0 && !/[\s"]/.test(q.charAt(from - 1))) from--
    let to = token.end
    while (to < q.length && !/[\s"]/.test(q.charAt(to))) to++
    const bare = q.slice(from, to).replace(/^-/, '').replace(/^title:/i, '')
    if (bare.endsWith('*') || tokenize(bare).length !== 1) continue
    out += `${q.slice(cursor, token.start)}"${q.slice(token.start, token.end)}"`
    cursor = token.end
  }
  return out + q.slice(cursor)
}

function listed(items: readonly Correction[], render: (c: Correction) => ReactNode) {
  return items.map((c, i) => (
    <Fragment key={c.typed}>
      {i === 0 ? '' : i === items.length - 1 ? ' and ' : ', '}
      {render(c)}
    </Fragment>
  ))
}

// The parser is loaded only for a query that can hold syntax (quotes, `-`, `*`, `title:`, OR, or
// words joined by punctuation), so that it adds nothing to the first page of a plain search. A
// failed load shows no reading rather than an error: the results are there either way.
const MAY_USE_SYNTAX = /[^\p{L}\p{N}\s]|\bOR\b/u
type QuerySyntax = typeof import('../../search/query-syntax.ts')
let querySyntax: Promise<QuerySyntax | null> | undefined
function loadQuerySyntax(): Promise<QuerySyntax | null> {
  querySyntax ??= import('../../search/query-syntax.ts').catch(() => {
    querySyntax = undefined
    return null
  })
  return querySyntax
}

function SyntaxReading({ q }: { q: string }) {
  const syntax = use(loadQuerySyntax())
  if (!syntax) return null
  const parsed = syntax.parseQuery(q)
  if (!syntax.usesSyntax(parsed)) return null
  const reading = syntax.describeQuery(parsed)
  return <p>Searching for {parsed.clauses.length ? reading : `statements ${reading}`}</p>
}

/**
 * How the page read the query, under the count: the syntax in words, and the typed words it
 * read as others, with a link to the search for exactly what was typed.
 */
export function QueryReading({ answered, corrections }: { answered: SearchParams; corrections: readonly Correction[] }) {
  const q = answered.q
  if (!q) return null
  const exact = corrections.length ? quoteTypedWords(q, corrections.map((c) => c.typed)) : q
  return (
    <div className="query-reading">
      {MAY_USE_SYNTAX.test(q) ? (
        <Suspense fallback={null}>
          <SyntaxReading q={q} />
        </Suspense>
      ) : null}
      {corrections.length ? (
        <p>
          Including results for{' '}
          {listed(corrections, (c) => (
            <>
              <em>{c.reading}</em> (you typed <em>{c.typed}</em>)
            </>
          ))}
          .{' '}
          {exact !== q ? (
            <Link to="/" search={{ ...answered, q: exact }}>
              Search only for {listed(corrections, (c) => c.typed)}
            </Link>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
