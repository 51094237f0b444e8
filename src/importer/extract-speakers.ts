import type { StatementType } from '../corpus/schema.ts'
import {
  isConnector,
  isNameToken,
  isOfficeTitle,
  isRoleWord,
  isSuffix,
  officeWord,
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
  /^(?:excerpts?\s+(?:of|from)\s+)?(?:[\p{L}-]+\s+)?(?:remarks|speech|address|keynote(?:\s+(?:address|remarks))?|toast)(?:\s+as\s+(?:prepared(?:\s+for\s+delivery)?|delivered))?\s+(?:by|of)\s+(.+)$/iu,
  /^(?:(?:on[-\s]the[-\s]record|background)\s+)?(?:press\s+)?(?:briefing|gaggle|call|conference)\s+(?:by|with)\s+(.+)$/i,
  /^letters?\s+from\s+(.+)$/i,
  /^interview\s+(?:of|with)\s+(.+)$/i,
]
const HEADLINE_SPEAKER = /^([^:]{3,90}):\s+\S/

// Words after which the title stops naming people and says what the occasion was.
const STOP_WORDS = new Set(
  `on at in before after during en aboard following upon regarding previewing announcing honoring
  honouring celebrating commemorating marking about via as into amid while ahead welcoming
  introducing over from when who that discussing concerning re a an one two three four five six
  seven eight nine ten urging paying participating highlighting congratulating condemning sending
  calling recognizing recognising thanking reflecting responding applauding praising mourning
  expressing supporting signing vetoing assessing encouraging launching delivering visiting
  meeting touring hosting receiving addressing commending reaffirming joining taking making
  touting unveiling promoting protecting lowering expanding ending announces approves nominates
  signs launches unveils issues declares highlights hosts welcomes releases awards celebrates calls
  urges meets travels visits condemns marks honors delivers secures applauds praises returns
  spotlights reflects joins kicks is has was will`.split(/\s+/),
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
    // "President Biden Congratulating …", "Vice President Harris Highlighting …": the occasion.
    // (Right after an office it is more likely a first name: "Minister Irving Example".)
    const gerund = /^\p{Lu}\p{Ll}{2,}ing$/u.test(token) && !isRoleWord(token) && !isOfficeTitle(previous)
    if (i > 0 && gerund && i + 1 < tokens.length && !isConnector(tokens[i + 1] ?? '')) break
    if (i > 0 && token === 'The') break
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
  // Before a bare name ("Assistant to the President for Homeland Security, Dr. Liz Example") a
  // lone office is that person's.
  let pendingRole: string | undefined
  const parts = cutAtOccasion(segment).split(/\s*,\s*/)
  for (const raw of parts) {
    const part = raw.replace(/^(?:and|&)\s+/i, '').trim()
    if (!part) continue
    const last = people[people.length - 1]
    if (last && isSuffix(part)) {
      last.name = `${last.name} ${part}`
      continue
    }
    const pieces = splitOnAnd(part)
    const [only] = pieces
    if (pieces.length === 1 && only && !isPerson(only)) {
      if (openRole) openRole.role = openRole.role ? `${openRole.role}, ${only.role}` : only.role
      else if (only.role.split(/\s+/).some(isOfficeTitle)) pendingRole = only.role
      continue
    }
    openRole = undefined
    for (const parsed of pieces) {
      if (!isPerson(parsed)) continue
      if (!parsed.role && pendingRole) parsed.role = pendingRole
      pendingRole = undefined
      people.push(parsed)
      openRole = parsed.role ? undefined : parsed
    }
  }
  // A bare name that no office follows is a person only when it stands alone
  // ("Remarks by Kurt Campbell"); in a list it is more likely a country ("…, New Zealand").
  const named = parts.length === 1 && people.length === 1 ? people : people.filter((p) => p.role)
  const seen = new Set<string>()
  return named.filter((p) => {
    const key = p.name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const LOWER_IN_TITLES = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with'])

/** "REMARKS BY VICE PRESIDENT HARRIS" → "Remarks by Vice President Harris", so names look like names. */
function unshout(title: string): string {
  if (/\p{Ll}/u.test(title)) return title
  return title
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && LOWER_IN_TITLES.has(word) ? word : word.replace(/^(\P{L}*)(\p{L})/u, (_m, lead: string, first: string) => lead + first.toUpperCase())))
    .join(' ')
}

export function speakersFromTitle(title: string, type: StatementType): PersonMention[] {
  if (IMPERSONAL.has(type)) return []
  const bare = unshout(title).replace(/^press\s+release:\s*/i, '')
  for (const pattern of INTRODUCTIONS) {
    const match = pattern.exec(bare)
    if (match) return parsePeopleList(match[1] ?? '')
  }
  const headline = HEADLINE_SPEAKER.exec(bare)
  // The "Office Name: what they said" form belongs to news headlines only.
  if (headline && (type === 'press-release' || type === 'other')) {
    // Only an office plus a name before the colon is a speaker; "ICYMI:" and "FACT SHEET:" are not.
    // Only when the office and name are all there is before the colon: in "First Lady Example
    // Announces a Theme: …" the person is the subject of the news, not the one speaking.
    const segment = (headline[1] ?? '').trim()
    if (cutAtOccasion(segment) !== segment) return []
    const people = parsePeopleList(segment).filter(
      (p) => p.role?.split(/\s+/).some(isOfficeTitle) && coreNameTokens(p.name).length <= 3,
    )
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
  const office = officeWord(person.role)
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
      if (office && preceding !== office) continue
      return { ...person, name: `${given.join(' ')} ${surname}` }
    }
  }
  return person
}
