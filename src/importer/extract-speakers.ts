import type { StatementType } from '../corpus/schema.ts'
import {
  isConnector,
  isNameToken,
  isRoleWord,
  isSuffix,
  parseRoleAndName,
  surnameOf,
  coreNameTokens,
  type PersonMention,
} from './person-names.ts'

// Speakers are the people a title names as speaking: "Statement by X on …", "Remarks by X and
// Y at …", "Press Briefing by X, Y, and Z", "On-the-Record Press Call by X, Role, …" or the
// news-headline form "Foreign Minister Kaljurand: …". People the text merely mentions are not.

// Documents issued by an office, not spoken by a person.
const IMPERSONAL: ReadonlySet<StatementType> = new Set(['readout', 'fact-sheet', 'proclamation', 'executive-order', 'memorandum'])

const INTRODUCTIONS: RegExp[] = [
  /^(?:joint\s+)?statements?\s+(?:by|from|of)\s+(.+)$/i,
  /^(?:excerpts?\s+(?:of|from)\s+)?(?:remarks|speech|address|keynote(?:\s+(?:address|remarks))?|toast)(?:\s+as\s+(?:prepared(?:\s+for\s+delivery)?|delivered))?\s+(?:by|of)\s+(.+)$/i,
  /^(?:(?:on[-\s]the[-\s]record|background)\s+)?(?:press\s+)?(?:briefing|gaggle|call|conference)\s+(?:by|with)\s+(.+)$/i,
  /^letters?\s+from\s+(.+)$/i,
  /^interview\s+(?:of|with)\s+(.+)$/i,
]
const HEADLINE_SPEAKER = /^([^:]{3,90}):\s+\S/

// Words after which the title stops naming people and says what the occasion was.
const STOP_WORDS = new Set(
  `on at in before after during en aboard following upon regarding previewing announcing honoring
  honouring celebrating commemorating marking about via as into amid while ahead welcoming
  introducing over from when who that discussing concerning re`.split(/\s+/),
)
// "to", "with" and "for" belong to offices ("Assistant to the President", "Envoy for Climate")
// but end the list of people when they follow a name ("President Biden to the Nation").
const STOP_AFTER_NAME = new Set(['to', 'with', 'for'])
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i

function cutAtOccasion(segment: string): string {
  const tokens = segment.split(/\s+/).filter(Boolean)
  const kept: string[] = []
  for (const [i, token] of tokens.entries()) {
    const word = token.toLowerCase().replace(/[,;]$/, '')
    const previous = kept[kept.length - 1] ?? ''
    if (i > 0 && STOP_WORDS.has(word)) break
    if (i > 0 && STOP_AFTER_NAME.has(word) && isNameToken(previous.replace(/,$/, ''))) break
    if (/^[|–—(:-]/.test(token) || /^\d/.test(token)) break
    if (previous.endsWith(',') && MONTH.test(token)) break
    kept.push(token)
    if (/[:|]$/.test(token)) break
  }
  return kept.join(' ').replace(/[\s,:;|]+$/, '')
}

type Parsed = PersonMention | { role: string }
const isPerson = (p: Parsed | undefined): p is PersonMention => p !== undefined && 'name' in p

/** Splits "A and B" only where the left side ends in a name: "Secretary of Health and Human Services X" stays whole. */
function splitOnAnd(part: string): Parsed[] {
  const pieces = part.split(/\s+(?:and|&)\s+/i)
  const out: Parsed[] = []
  let pending = pieces[0] ?? ''
  for (const piece of pieces.slice(1)) {
    const parsed = parseRoleAndName(pending)
    if (isPerson(parsed)) {
      out.push(parsed)
      pending = piece
    } else {
      pending = `${pending} and ${piece}`
    }
  }
  const last = parseRoleAndName(pending)
  if (last) out.push(last)
  return out
}

/** People named in a list such as "Press Secretary Jen Psaki, Homeland Security Advisor Dr. Elizabeth Sherwood-Randall, and …". */
export function parsePeopleList(segment: string): PersonMention[] {
  const people: PersonMention[] = []
  // After a bare name ("Kurt Campbell, Deputy Assistant …") the next comma parts are its office.
  let openRole: PersonMention | undefined
  for (const raw of cutAtOccasion(segment).split(/\s*,\s*/)) {
    const part = raw.replace(/^(?:and|&)\s+/i, '').trim()
    if (!part) continue
    const last = people[people.length - 1]
    if (last && isSuffix(part)) {
      last.name = `${last.name} ${part}`
      continue
    }
    for (const parsed of splitOnAnd(part)) {
      if (isPerson(parsed)) {
        people.push(parsed)
        openRole = parsed.role ? undefined : parsed
      } else if (openRole) {
        openRole.role = openRole.role ? `${openRole.role}, ${parsed.role}` : parsed.role
      }
    }
  }
  const seen = new Set<string>()
  return people.filter((p) => {
    const key = p.name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function speakersFromTitle(title: string, type: StatementType): PersonMention[] {
  if (IMPERSONAL.has(type)) return []
  const bare = title.replace(/^press\s+release:\s*/i, '')
  for (const pattern of INTRODUCTIONS) {
    const match = pattern.exec(bare)
    if (match) return parsePeopleList(match[1] ?? '')
  }
  const headline = HEADLINE_SPEAKER.exec(bare)
  // The "Office Name: what they said" form belongs to news headlines only.
  if (headline && (type === 'press-release' || type === 'other')) {
    // Only an office plus a name before the colon is a speaker; "ICYMI:" and "FACT SHEET:" are not.
    const people = parsePeopleList(headline[1] ?? '').filter((p) => p.role)
    return people.length === 1 ? people : []
  }
  return []
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Titles often give an office and a surname ("Foreign Minister Kaljurand"); the text usually
 * writes the full name once ("Foreign Minister Marina Kaljurand"). Only an occurrence after the
 * same office counts, so "First Lady Jill Biden" in the text never completes "President Biden".
 */
export function completeNameFromText(person: PersonMention, paragraphs: readonly string[]): PersonMention {
  if (coreNameTokens(person.name).length !== 1) return person
  const surname = surnameOf(person.name)
  const office = (person.role ?? '').split(/\s+/).filter((t) => isRoleWord(t) && !isConnector(t)).pop()
  const pattern = new RegExp(`((?:[\\p{L}.’'-]+\\s+){1,4})${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'gu')
  for (const paragraph of paragraphs.slice(0, 40)) {
    if (!paragraph.includes(surname)) continue
    for (const match of paragraph.matchAll(pattern)) {
      const before = (match[1] ?? '').trim().split(/\s+/)
      const given: string[] = []
      while (before.length > 0 && isNameToken(before[before.length - 1] ?? '') && given.length < 3) {
        given.unshift(before.pop() ?? '')
      }
      if (given.length === 0) continue
      const preceding = (before[before.length - 1] ?? '').toLowerCase()
      if (office && preceding !== office.toLowerCase()) continue
      return { ...person, name: `${given.join(' ')} ${surname}` }
    }
  }
  return person
}
