import type { Quote } from '../corpus/schema.ts'
import type { FacetKey } from './facets.ts'
import type { CatalogEntry } from './index-format.ts'

// What a speaker's, topic's or country's page shows that the search worker's columns cannot
// give: the span of its statements, a speaker's roles, and the quotations of its newest
// statements. Worked out once at build time, one small file per facet value, so that a profile
// fetches one file and the rows of the statements it lists, not the rows of every statement
// (a White House press secretary has thousands). Totals, the timeline and the related facet
// come from the worker, as a search's do.

export interface RoleSpan {
  role: string
  from: string
  to: string
  statements: number
}

/** A quotation with what its citation line shows of its statement. */
export interface ProfileQuote {
  quote: Quote
  statement: Pick<CatalogEntry, 'id' | 'title' | 'date'>
  speakerName: string
}

export interface ProfileFile {
  /** The dates of the newest and the oldest statement; absent when there is none. */
  newest?: string
  oldest?: string
  /** A speaker's roles, in the order first held; empty for a topic or a country. */
  roles: RoleSpan[]
  /** The quotations of the newest QUOTE_STATEMENTS statements, newest first; a speaker's own only. */
  quotes: ProfileQuote[]
}

/** The facets with a page of their own. */
export const PROFILE_FACETS = ['speaker', 'topic', 'country'] as const satisfies readonly FacetKey[]
export type ProfileFacet = (typeof PROFILE_FACETS)[number]

/** Quotations are listed from the newest statements only, so a long career stays readable. */
export const QUOTE_STATEMENTS = 200

/** Where one value's file is, under the manifest's `profiles` folder. Ids are slugs or codes (facets.ts), safe in a path. */
export const profileFileName = (facet: ProfileFacet, id: string) => `${facet}/${id}.json`

export type ProfileSource = Pick<CatalogEntry, 'id' | 'title' | 'date' | 'speakers' | 'topics' | 'country' | 'type' | 'quotes'>

/** Roles in the order they were first held; the same role held twice spans both. */
export function roleSpans(statements: readonly ProfileSource[], speakerId: string): RoleSpan[] {
  const spans = new Map<string, RoleSpan>()
  for (const s of statements) {
    const role = s.speakers.find((sp) => sp.id === speakerId)?.role
    if (!role) continue
    const span = spans.get(role)
    if (!span) spans.set(role, { role, from: s.date, to: s.date, statements: 1 })
    else {
      if (s.date < span.from) span.from = s.date
      if (s.date > span.to) span.to = s.date
      span.statements++
    }
  }
  return Array.from(spans.values()).sort((a, b) => a.from.localeCompare(b.from) || a.role.localeCompare(b.role))
}

function quotesIn(statements: readonly ProfileSource[], keep: (q: Quote) => boolean): ProfileQuote[] {
  return statements.flatMap((statement) =>
    (statement.quotes ?? []).filter(keep).map((quote) => ({
      quote,
      statement: { id: statement.id, title: statement.title, date: statement.date },
      speakerName: statement.speakers.find((sp) => sp.id === quote.speaker)?.name ?? quote.speaker,
    })),
  )
}

/** One value's file, from its statements newest first (the archive's order). */
export function profileFile(facet: ProfileFacet, id: string, statements: readonly ProfileSource[]): ProfileFile {
  const recent = statements.slice(0, QUOTE_STATEMENTS)
  return {
    ...(statements.length ? { newest: statements[0]!.date, oldest: statements.at(-1)!.date } : {}),
    roles: facet === 'speaker' ? roleSpans(statements, id) : [],
    quotes: quotesIn(recent, facet === 'speaker' ? (q) => q.speaker === id : () => true),
  }
}
