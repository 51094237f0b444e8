import type { Quote, SpeakerRef } from '../corpus/schema.ts'
import { surnameOf } from './person-names.ts'

// Direct quotations attributed, in the text, to one of the statement's speakers:
//   “…,” Kaljurand added.   “…,” the Foreign Minister said.   “…,” she added.
//   Kaljurand said: “…”     “…,” said President Biden.
// A quotation attributed to anyone else, or to no one, is not the speaker's.

const SPEECH_VERB =
  '(?:said|says|added|adds|stressed|stresses|noted|notes|continued|explained|emphasi[sz]ed|stated|declared|remarked|urged|concluded|underlined|highlighted|pointed out|told|wrote|warned|insisted|affirmed|announced|observed)'
const AFTER = new RegExp(`^[\\s,]*(?:(${SPEECH_VERB})\\s+([^.;“”"]{1,80}?)|([^.;“”"]{1,80}?)\\s+${SPEECH_VERB})(?=[\\s.,;:]|$)`, 'iu')
const BEFORE = new RegExp(`\\s${SPEECH_VERB}\\s*[:,]?\\s*$`, 'iu')
// An opening curly quote closes with a curly one, or with a straight one before punctuation or
// a space (a typing slip seen in real releases: “…," she added).
const QUOTATION = /“([^“”]+?)(?:”|"(?=[\s,.;:!?)]|$))|(?<![\p{L}\p{N}])"([^"“”]+?)"(?![\p{L}\p{N}])/gu
const PRONOUN = /^(?:he|she|they)$/i
const MIN_WORDS = 4

interface Matcher {
  id: string
  /** The name and the surname as written: a text holding neither cannot name the speaker. */
  forms: string[]
  /** The speaker's name or surname, with its capital: "Young" is a name, "young" is not. */
  readonly name: RegExp
  /** "the Foreign Minister": the speaker's office with a definite article, as the whole subject. */
  readonly office: RegExp | undefined
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// The expressions are compiled on first use: most statements never need them, and compiling
// two Unicode-aware expressions per statement costs more than the search itself.
function matcherFor(speaker: SpeakerRef): Matcher {
  const forms = [...new Set([speaker.name, surnameOf(speaker.name)])].sort((a, b) => b.length - a.length)
  const officeWords = (speaker.role ?? '').split(',')[0]?.trim()
  let name: RegExp | undefined
  let office: RegExp | null | undefined
  return {
    id: speaker.id,
    forms,
    get name() {
      name ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      return name
    },
    get office() {
      if (office === undefined) office = officeWords ? new RegExp(`^the\\s+${escapeRegExp(officeWords).replace(/\s+/g, '\\s+')}$`, 'iu') : null
      return office ?? undefined
    },
  }
}

// A native substring test before the Unicode-aware one: a long speech is mostly paragraphs that
// name nobody, and the word-boundary regex is many times slower than includes().
const mayName = (matcher: Matcher, text: string) => matcher.forms.some((form) => text.includes(form))

function names(matcher: Matcher, text: string): boolean {
  if (!mayName(matcher, text)) return false
  matcher.name.lastIndex = 0
  return matcher.name.test(text)
}

type Attribution = { kind: 'speaker'; id: string } | { kind: 'pronoun' } | { kind: 'other' } | undefined

function attribute(subject: string, matchers: readonly Matcher[]): Attribution {
  const text = subject.trim()
  if (PRONOUN.test(text)) return { kind: 'pronoun' }
  const hit = matchers.find((m) => names(m, text) || (m.office?.test(text) ?? false))
  return hit ? { kind: 'speaker', id: hit.id } : { kind: 'other' }
}

const cleanQuote = (text: string) => text.trim().replace(/[\s,;:]+$/, '')

export function extractQuotes(paragraphs: readonly string[], speakers: readonly SpeakerRef[]): Quote[] {
  if (speakers.length === 0 || !paragraphs.some((p) => p.includes('“') || p.includes('"'))) return []
  const matchers = speakers.map(matcherFor)
  const quotes: Quote[] = []
  // Who "she" is: the last speaker named, in an attribution or in the text before the quote.
  let lastSpeaker: string | undefined

  paragraphs.forEach((paragraph, index) => {
    if (!paragraph.includes('“') && !paragraph.includes('"')) {
      lastSpeaker = mentionedSpeaker(paragraph, matchers) ?? lastSpeaker
      return
    }
    let cursor = 0
    let previous: { id: string | undefined; end: number } | undefined
    for (const match of paragraph.matchAll(QUOTATION)) {
      const start = match.index
      const end = start + match[0].length
      const text = cleanQuote(match[1] ?? match[2] ?? '')
      const lead = paragraph.slice(cursor, start)
      lastSpeaker = mentionedSpeaker(lead, matchers) ?? lastSpeaker
      cursor = end

      const after = AFTER.exec(paragraph.slice(end, end + 120))
      const subject = after ? (after[2] ?? after[3]) : subjectBefore(lead)
      let who: string | undefined
      const found = subject === undefined ? undefined : attribute(subject, matchers)
      if (found?.kind === 'speaker') who = found.id
      else if (found?.kind === 'pronoun') who = lastSpeaker
      else if (found === undefined && previous && start - previous.end < 60) who = previous.id
      previous = { id: who, end }
      if (found?.kind === 'other') lastSpeaker = undefined
      if (who) lastSpeaker = who
      if (who && text.split(/\s+/).length >= MIN_WORDS) quotes.push({ speaker: who, text, paragraph: index })
    }
    lastSpeaker = mentionedSpeaker(paragraph.slice(cursor), matchers) ?? lastSpeaker
  })
  return quotes
}

/** "Kaljurand said: “…": the words between the last sentence break and the verb. */
function subjectBefore(lead: string): string | undefined {
  const tail = lead.slice(-120)
  const verb = BEFORE.exec(tail)
  if (!verb) return undefined
  const subject = tail.slice(0, verb.index).split(/[.;“”"]/).pop()?.trim() ?? ''
  return subject && subject.length <= 80 ? subject : undefined
}

/** The speaker named last in `text`, if any. */
function mentionedSpeaker(text: string, matchers: readonly Matcher[]): string | undefined {
  let last: { id: string; at: number } | undefined
  for (const m of matchers) {
    if (!mayName(m, text)) continue
    m.name.lastIndex = 0
    for (const match of text.matchAll(m.name)) {
      if (!last || match.index > last.at) last = { id: m.id, at: match.index }
    }
  }
  return last?.id
}
