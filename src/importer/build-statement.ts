import type { SpeakerRef, Statement, StatementType } from '../corpus/schema.ts'
import type { CorpusStore } from './corpus-store.ts'
import { detectType } from './detect-type.ts'
import { extractQuotes } from './extract-quotes.ts'
import { completeNameFromText, speakersFromTitle } from './extract-speakers.ts'
import { tagTopics, type TopicRules } from './extract-topics.ts'
import type { PersonMention } from './person-names.ts'
import type { RawDocument } from './raw-document.ts'

/** A parsed document with what can be known about it without the rest of the corpus. */
export interface Draft {
  file: string
  item?: string
  doc: RawDocument
  type: StatementType
  people: PersonMention[]
}

export function analyse(doc: RawDocument, folders: readonly string[]): Pick<Draft, 'type' | 'people'> {
  const type = doc.given?.type ?? detectType({ title: doc.title, paragraphs: doc.paragraphs, folders })
  const people = doc.given?.speakers
    ? doc.given.speakers.map(({ name, role, country }) => ({ name, ...(role ? { role } : {}), ...(country ? { country } : {}) }))
    : speakersFromTitle(doc.title, type).map((p) => completeNameFromText(p, doc.paragraphs))
  return { type, people }
}

function uniqueSpeakers(speakers: readonly SpeakerRef[]): SpeakerRef[] {
  const seen = new Set<string>()
  return speakers.filter((s) => !seen.has(s.id) && Boolean(seen.add(s.id)))
}

/**
 * The canonical statement, keys in the order of the schema so files diff cleanly. Fields the
 * source does not provide but an earlier hand edit did (issuer, place, publisher) are kept.
 */
export function buildStatement(
  draft: Draft,
  id: string,
  resolved: readonly SpeakerRef[],
  topicRules: TopicRules,
  kept: ReturnType<CorpusStore['keptFields']> = {},
): Statement {
  const { doc } = draft
  const speakers = uniqueSpeakers(resolved)
  const topics = doc.given?.topics ?? tagTopics(doc.title, doc.paragraphs, topicRules)
  const quotes = doc.given?.quotes
    ? doc.given.quotes.filter((q) => q.paragraph < doc.paragraphs.length && speakers.some((s) => s.id === q.speaker))
    : extractQuotes(doc.paragraphs, speakers)

  const source: NonNullable<Statement['source']> = {}
  const url = doc.sourceUrl ?? kept.source?.url
  if (url) source.url = url
  const publisher = doc.publisher ?? kept.source?.publisher
  if (publisher) source.publisher = publisher
  const retrieved = doc.retrieved ?? kept.source?.retrieved
  if (retrieved) source.retrieved = retrieved

  const issuer = doc.issuer ?? kept.issuer
  const country = doc.country ?? kept.country
  const place = doc.place ?? kept.place
  const synthetic = doc.given?.synthetic ?? kept.synthetic
  return {
    id,
    date: doc.date,
    title: doc.title,
    type: draft.type,
    speakers,
    ...(issuer ? { issuer } : {}),
    ...(country ? { country } : {}),
    topics,
    ...(place ? { place } : {}),
    ...(Object.keys(source).length > 0 ? { source } : {}),
    paragraphs: doc.paragraphs,
    ...(quotes.length > 0 ? { quotes } : {}),
    ...(synthetic !== undefined ? { synthetic } : {}),
  }
}
