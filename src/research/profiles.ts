import type { Quote, Statement } from '../corpus/schema.ts'
import type { FacetCount, SearchEngine } from '../search/search-engine.ts'

// What a speaker page and a topic page show, derived from the engine's search API alone, so
// they keep working when the engine moves behind a worker.

export interface RoleSpan {
  role: string
  from: string
  to: string
  statements: number
}

export interface ProfileQuote {
  quote: Quote
  statement: Statement
  speakerName: string
}

export interface Profile {
  total: number
  /** Newest first. */
  statements: Statement[]
  /** Document indexes of `statements`, for loading their bodies. */
  docs: readonly number[]
  quotes: ProfileQuote[]
}

/** Quotations are read from the newest statements only: bodies are loaded on demand. */
export const QUOTE_STATEMENTS = 200

export interface SpeakerProfile extends Profile {
  id: string
  name: string
  roles: RoleSpan[]
  topics: FacetCount[]
}

export interface TopicProfile extends Profile {
  id: string
  label: string
  speakers: FacetCount[]
}

type ProfileEngine = Pick<SearchEngine, 'search' | 'statements' | 'speakerName' | 'topicLabel'>

function matching(engine: ProfileEngine, filter: { speakers?: string[]; topics?: string[] }) {
  const results = engine.search({ q: '', speakers: filter.speakers ?? [], topics: filter.topics ?? [], types: [], sort: 'newest' })
  return { results, docs: results.ids, statements: results.ids.map((doc) => engine.statements[doc] as Statement) }
}

function quotesIn(statements: readonly Statement[], keep: (q: Quote) => boolean): ProfileQuote[] {
  return statements.flatMap((statement) =>
    (statement.quotes ?? []).filter(keep).map((quote) => ({
      quote,
      statement,
      speakerName: statement.speakers.find((sp) => sp.id === quote.speaker)?.name ?? quote.speaker,
    })),
  )
}

/** Roles in the order they were first held; the same role held twice spans both. */
export function roleSpans(statements: readonly Statement[], speakerId: string): RoleSpan[] {
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

export function speakerProfile(engine: ProfileEngine, id: string): SpeakerProfile {
  const { results, statements, docs } = matching(engine, { speakers: [id] })
  return {
    id,
    name: engine.speakerName(id) ?? id,
    total: results.total,
    statements,
    docs,
    roles: roleSpans(statements, id),
    topics: results.facets.topics,
    quotes: quotesIn(statements.slice(0, QUOTE_STATEMENTS), (q) => q.speaker === id),
  }
}

export function topicProfile(engine: ProfileEngine, id: string): TopicProfile {
  const { results, statements, docs } = matching(engine, { topics: [id] })
  return {
    id,
    label: engine.topicLabel(id) ?? id,
    total: results.total,
    statements,
    docs,
    speakers: results.facets.speakers,
    quotes: quotesIn(statements.slice(0, QUOTE_STATEMENTS), () => true),
  }
}
