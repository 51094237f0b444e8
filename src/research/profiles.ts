import type { Quote } from '../corpus/schema.ts'
import type { Catalog } from '../search/catalog.ts'
import type { CatalogEntry } from '../search/index-format.ts'
import type { FacetCount, SearchResults } from '../search/search-types.ts'

// What a speaker page and a topic page show: derived from the results of `profileQuery`
// (search-params.ts), which the search service answers, in the worker where there is one, and
// from the catalog's entries, which carry the quotations too. No ranker and no statement text
// is needed on the page.

export interface RoleSpan {
  role: string
  from: string
  to: string
  statements: number
}

export interface ProfileQuote {
  quote: Quote
  statement: CatalogEntry
  speakerName: string
}

export interface Profile {
  total: number
  /** Newest first. */
  statements: CatalogEntry[]
  quotes: ProfileQuote[]
}

/** Quotations are listed from the newest statements only, so a long career stays readable. */
export const QUOTE_STATEMENTS = 200

export interface SpeakerProfile extends Profile {
  id: string
  name: string
  roles: RoleSpan[]
  topics: FacetCount[]
}

export interface CountryProfile extends Profile {
  id: string
  name: string
  speakers: FacetCount[]
}

export interface TopicProfile extends Profile {
  id: string
  label: string
  speakers: FacetCount[]
}

function quotesIn(statements: readonly CatalogEntry[], keep: (q: Quote) => boolean): ProfileQuote[] {
  return statements.flatMap((statement) =>
    (statement.quotes ?? []).filter(keep).map((quote) => ({
      quote,
      statement,
      speakerName: statement.speakers.find((sp) => sp.id === quote.speaker)?.name ?? quote.speaker,
    })),
  )
}

/** Roles in the order they were first held; the same role held twice spans both. */
export function roleSpans(statements: readonly CatalogEntry[], speakerId: string): RoleSpan[] {
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

export function speakerProfile(results: SearchResults, catalog: Catalog, id: string): SpeakerProfile {
  const statements = catalog.entriesOf(results)
  return {
    id,
    name: catalog.label('speaker', id),
    total: results.total,
    statements,
    roles: roleSpans(statements, id),
    topics: results.facets.topic,
    quotes: quotesIn(statements.slice(0, QUOTE_STATEMENTS), (q) => q.speaker === id),
  }
}

export function topicProfile(results: SearchResults, catalog: Catalog, id: string): TopicProfile {
  const statements = catalog.entriesOf(results)
  return {
    id,
    label: catalog.label('topic', id),
    total: results.total,
    statements,
    speakers: results.facets.speaker,
    quotes: quotesIn(statements.slice(0, QUOTE_STATEMENTS), () => true),
  }
}

export function countryProfile(results: SearchResults, catalog: Catalog, code: string): CountryProfile {
  const statements = catalog.entriesOf(results)
  return {
    id: code,
    name: catalog.label('country', code),
    total: results.total,
    statements,
    speakers: results.facets.speaker,
    quotes: quotesIn(statements.slice(0, QUOTE_STATEMENTS), () => true),
  }
}
