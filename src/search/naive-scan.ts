import type { CompiledCorpus, Statement } from '../corpus/schema.ts'
import type { ParsedQuery, QueryTerm } from './query-syntax.ts'
import { tokenize } from './tokenize.ts'

// The truth about a query, by reading every statement: which statements hold its phrases in
// their title or one paragraph, which hold an excluded word, which satisfy its clauses. Slow
// and plain on purpose; the tests and `npm run bench` hold the ranker to it. Words and prefixes
// stand for the terms `expand` gives (the ranker's own readings: typos and completions are the
// ranker's to decide), so that what is compared is the logic of phrases, OR and exclusions.

interface ScannedStatement {
  /** The title's and each paragraph's words, in order. */
  passages: string[][]
  /** Every word of the statement, speakers' names and roles and topic labels included. */
  all: Set<string>
  title: Set<string>
}

function scanned(s: Statement, topicLabel: (id: string) => string): ScannedStatement {
  const words = (text: string) => tokenize(text).map((t) => t.term)
  const title = words(s.title)
  const passages = [title, ...s.paragraphs.map(words)]
  const all = new Set(passages.flat())
  for (const sp of s.speakers) for (const w of words(`${sp.name} ${sp.role ?? ''}`)) all.add(w)
  for (const t of s.topics) for (const w of words(topicLabel(t))) all.add(w)
  return { passages, all, title: new Set(title) }
}

function holdsRun(passage: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= passage.length; i++) if (words.every((w, k) => passage[i + k] === w)) return true
  return false
}

/** Whether one statement satisfies the query. */
function satisfies(doc: ScannedStatement, query: ParsedQuery, expand: (term: QueryTerm) => readonly string[]): boolean {
  const text = (term: QueryTerm) => (term.titleOnly ? doc.passages.slice(0, 1) : doc.passages)
  const holds = (term: QueryTerm, exact: boolean): boolean => {
    if (term.kind === 'phrase') return text(term).some((p) => holdsRun(p, term.words))
    const terms = exact && term.kind === 'word' ? term.words : expand(term)
    if (term.titleOnly) return terms.some((w) => doc.title.has(w))
    // An excluded word is looked for in the title and text only; a wanted word anywhere.
    if (exact) return terms.some((w) => text(term).some((p) => p.includes(w)))
    return terms.some((w) => doc.all.has(w))
  }
  if (query.excluded.some((term) => holds(term, true))) return false
  return query.clauses.every((clause) => clause.some((term) => holds(term, false)))
}

/** Each statement's words, read once per corpus: a benchmark asks hundreds of queries. */
const read = new WeakMap<CompiledCorpus, ScannedStatement[]>()

function scannedCorpus(corpus: CompiledCorpus): ScannedStatement[] {
  let docs = read.get(corpus)
  if (!docs) {
    const labels = new Map(corpus.topics.map((t) => [t.id, t.label]))
    docs = corpus.statements.map((s) => scanned(s, (id) => labels.get(id) ?? id))
    read.set(corpus, docs)
  }
  return docs
}

/** The document numbers of the corpus's statements that satisfy the query, in corpus order. */
export function scanQuery(corpus: CompiledCorpus, query: ParsedQuery, expand: (term: QueryTerm) => readonly string[]): number[] {
  const out: number[] = []
  scannedCorpus(corpus).forEach((doc, i) => {
    if (satisfies(doc, query, expand)) out.push(i)
  })
  return out
}

/** The number of times each phrase occurs in the corpus's titles and paragraphs. */
export function countPhrase(corpus: CompiledCorpus, words: readonly string[]): { occurrences: number; statements: number } {
  let occurrences = 0
  let statements = 0
  for (const s of scannedCorpus(corpus)) {
    let here = 0
    for (const passage of s.passages) {
      for (let i = 0; i + words.length <= passage.length; i++) if (words.every((w, k) => passage[i + k] === w)) here++
    }
    occurrences += here
    if (here) statements++
  }
  return { occurrences, statements }
}
