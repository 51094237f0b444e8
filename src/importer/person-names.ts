// Telling a person's name from the office around it in phrases like "NSC Spokesperson Emily
// Horne", "Secretary of Labor Marty Walsh", "Prime Minister Fumio Kishida of Japan" or
// "Kurt Campbell, Deputy Assistant to the President". Titles capitalise both, so the office is
// recognised by its vocabulary; whatever capitalised words follow it are the name.

export interface PersonMention {
  name: string
  role?: string
}

// Capitalised words that belong to offices, bodies and portfolios, never to a personal name.
// Lower-cased; an incomplete list only means an unknown office word may be read as a first name,
// which the connector rule below usually catches.
const ROLE_WORDS = new Set(
  `president vice presidential president-elect vice-president secretary secretary-general
  under assistant deputy principal associate acting senior special chief executive press
  spokesperson spokesman spokeswoman advisor adviser director director-general coordinator
  counselor counsellor counsel staff envoy ambassador ambassador-at-large representative
  trade minister prime foreign defence defense chancellor general attorney surgeon
  administrator chair chairman chairwoman chairperson commissioner governor lieutenant mayor
  senator congressman congresswoman speaker leader majority minority whip first second lady
  gentleman husband wife king queen crown prince princess emir sultan sheikh sheikha pope
  holiness majesty highness excellency his her their taoiseach premier head officer official
  officials administration national security council homeland economic domestic policy
  communications strategic office management budget science technology cyber emerging response
  health human services labor state treasury commerce energy education agriculture
  transportation interior justice veterans affairs housing urban development international
  climate infrastructure implementation white house team member members delegation commander
  admiral colonel major captain sergeant general high federal reserve board agency department
  group union european commission parliament united nations states kingdom republic democratic
  republican party committee institute center centre cooperative excellence emergency
  disaster pandemic covid covid-19 regional global public engagement intergovernmental
  legislative cabinet digital artificial intelligence gun violence prevention operations
  resilience equity environmental quality indo-pacific pacific atlantic middle east africa
  asia europe americas western hemisphere hostage counterterrorism nonproliferation arms
  control supply chain competition industrial investment jobs clean small business
  consumer financial protection personnel gender policy affairs legal advisors advisers
  administrator-designate nominee designate elect former ranking coast guard army navy
  air force marine corps joint chiefs space command usaid nasa fema epa cdc nih fda
  mr mrs ms mx dr hon prof rev sir dame the sen. rep. gov. lt. gen. adm. col. sec. amb. maj.
  capt. sgt. h.e. judge justice doctor commandant recovery relief innovation`.split(/\s+/),
)

// Offices a person holds, as opposed to the bodies and portfolios around them: a lone surname
// counts as a name only right after one of these ("President Biden", "Director Kratsios"), so
// "Senior Director for International Economics" does not make "Economics" a person.
const OFFICE_TITLES = new Set(
  `president vice-president president-elect secretary secretary-general minister chancellor
  premier taoiseach king queen prince princess emir sultan sheikh sheikha pope ambassador
  ambassador-at-large envoy director director-general administrator commissioner coordinator
  spokesperson spokesman spokeswoman advisor adviser counselor counsellor governor mayor senator
  congressman congresswoman representative speaker leader chair chairman chairwoman chairperson
  lady gentleman attorney general surgeon officer commander admiral colonel captain chief
  deputy assistant principal head secretary-designate nominee commandant sen. rep. gov. judge
  justice doctor h.e.`.split(/\s+/),
)

// Words naming documents and occasions, which headlines capitalise like names
// ("Presidential Permit: …", "Quad Leaders’ Joint Statement: …").
const DOCUMENT_WORDS = new Set(
  `statement statements joint remarks permit memorandum proclamation order message summary fact
  sheet declaration communique communiqué initiative agenda blueprint report readout letter notice
  summit conference dialogue meeting call briefing gaggle leaders leaders’ leaders' wins week
  update plan strategy framework partnership`.split(/\s+/),
)

const CONNECTORS = new Set(['of', 'for', 'the', 'to', 'and', '&', 'on', 'at', 'in', 'de'])
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten'])
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|hon|prof|sir|dame|rev|h\.e)\.?$/i
const CAPITALISED = /^[\p{Lu}][\p{L}’'.-]*$/u
const INITIALS = /^(?:[\p{Lu}]\.)+$|^[\p{Lu}]{2}$/u
// All-caps words of three or more letters, or words with digits: NSC, OMB, USAID, G7, COVID-19.
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\d&-]{3,}$|^(?=.*\d)[\p{Lu}\d-]+$/u
const TWO_LETTER_BODIES = new Set(['EU', 'UN', 'US', 'UK', 'AI', 'DC', 'HQ'])

const bare = (token: string) => token.replace(/[’']s$/, '').replace(/[,;:]+$/, '')

// Long words with these endings are abstract nouns ("Technologies", "Leadership",
// "Engagements"), which headlines capitalise; no common surname is that long and ends so.
const ABSTRACT_NOUN = /^.{5,}(?:ics|ies|tions?|ments?|ships?|ities|ity|ness|ology|ancy|ency)$/i

export function isRoleWord(token: string): boolean {
  const word = bare(token)
  const lower = word.toLowerCase()
  return (
    ROLE_WORDS.has(lower) ||
    OFFICE_TITLES.has(lower) ||
    DOCUMENT_WORDS.has(lower) ||
    ABSTRACT_NOUN.test(word) ||
    ACRONYM.test(word) ||
    TWO_LETTER_BODIES.has(word)
  )
}

export const isOfficeTitle = (token: string) => OFFICE_TITLES.has(bare(token).toLowerCase())

/** The office itself in a role: "minister" in "Prime Minister of Japan", "president" in "Vice President". */
export function officeWord(role: string | undefined): string | undefined {
  const words = (role ?? '').split(/[\s,]+/).filter(Boolean)
  const office = words.filter(isOfficeTitle).pop() ?? words.filter((w) => isRoleWord(w) && !isConnector(w)).pop()
  return office ? bare(office).toLowerCase() : undefined
}

export const isConnector = (token: string) => CONNECTORS.has(token.toLowerCase())
export const isSuffix = (token: string) => SUFFIX.test(token)
export const isHonorific = (token: string) => HONORIFIC.test(token)

/** A word that can be part of a personal name: "Jen", "Jean-Pierre", "R.", "JD", "O’Rourke". */
export function isNameToken(token: string): boolean {
  if (/[’']s$/.test(token) || isHonorific(token)) return false
  if (INITIALS.test(token)) return !TWO_LETTER_BODIES.has(token)
  return CAPITALISED.test(token) && !isRoleWord(token)
}

// "Mohamed bin Zayed Al Nahyan", "Andrés Manuel López Obrador": four words besides particles.
const MAX_NAME_WORDS = 4

interface NameSpan {
  start: number
  nameTokens: string[]
}

/** The personal name closing `tokens`, if the words before it are an office (or nothing). */
function nameAtEnd(tokens: readonly string[]): NameSpan | undefined {
  let i = tokens.length - 1
  const picked: string[] = []
  let core = 0
  while (i >= 0) {
    const token = tokens[i] ?? ''
    if (picked.length === 0 && isSuffix(token)) {
      picked.unshift(token)
    } else if (isNameToken(token) && core < MAX_NAME_WORDS) {
      picked.unshift(token)
      core++
    } else if (core > 0 && PARTICLES.has(token) && i > 0 && isNameToken(tokens[i - 1] ?? '')) {
      picked.unshift(token)
    } else {
      break
    }
    i--
  }
  if (core === 0 || picked.every((t) => INITIALS.test(t) || isSuffix(t))) return undefined
  const nameStart = i + 1
  while (i >= 0 && isHonorific(tokens[i] ?? '')) i--
  if (i < 0) {
    // A name with no office before it: a lone word is too weak a signal to call it a person.
    return core >= 2 ? { start: 0, nameTokens: picked } : undefined
  }
  const before = tokens[i] ?? ''
  if (isConnector(before)) {
    // "…Coordinator for the Indo-Pacific": capitalised words after "for the" are a portfolio.
    // Three or more may be portfolio plus name ("Secretary of Labor Marty Walsh").
    if (core < 3 || !tokens.slice(0, i + 1).some(isOfficeTitle)) return undefined
    const keep = picked.slice(-2 - picked.filter(isSuffix).length)
    return { start: nameStart + picked.length - keep.length, nameTokens: keep }
  }
  if (!isRoleWord(before)) return undefined
  // A lone word is a surname only straight after an office; longer names need an office somewhere
  // before them, or "the United Arab Emirates" would be a person.
  const officeBefore = core === 1 ? isOfficeTitle(before) && !/[’']s$/.test(before) : tokens.slice(0, i + 1).some(isOfficeTitle)
  return officeBefore ? { start: i + 1, nameTokens: picked } : undefined
}

const roleText = (tokens: readonly string[]) =>
  tokens
    .filter((t) => !isHonorific(t))
    .join(' ')
    .replace(/^(?:the|and|&)\s+/i, '')
    .trim()

/**
 * One "office + name" phrase. Returns the person, or `{ role }` when the phrase is an office
 * alone ("Senior Administration Officials", "the Press Secretary").
 */
export function parseRoleAndName(phrase: string): PersonMention | { role: string } | undefined {
  const tokens = phrase.split(/\s+/).filter(Boolean)
  if (tokens.length === 0) return undefined
  // "Prime Minister Fumio Kishida of Japan": the country follows the name and joins the office.
  // Tried first, or "President Mohamed bin Zayed of the United Arab Emirates" ends in "Arab Emirates".
  for (let j = 1; j < tokens.length - 1; j++) {
    if ((tokens[j] ?? '').toLowerCase() !== 'of' || !isNameToken(tokens[j - 1] ?? '')) continue
    const head = tokens.slice(0, j)
    const span = nameAtEnd(head)
    if (span) return mention(head.slice(0, span.start), span.nameTokens, tokens.slice(j))
  }
  const direct = nameAtEnd(tokens)
  if (direct) return mention(tokens.slice(0, direct.start), direct.nameTokens, [])
  const role = roleText(tokens)
  return role ? { role } : undefined
}

function mention(roleTokens: readonly string[], nameTokens: readonly string[], trailing: readonly string[]): PersonMention {
  const name = nameTokens.filter((t) => !isHonorific(t)).join(' ')
  const role = roleText([...roleTokens, ...trailing])
  return role ? { name, role } : { name }
}

/** The words of a name that identify the person: no honorifics, suffixes or initials. */
export function coreNameTokens(name: string): string[] {
  return name
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !isHonorific(t) && !isSuffix(t) && !/^(?:[\p{Lu}]\.)+$/u.test(t))
}

export function surnameOf(name: string): string {
  const core = coreNameTokens(name)
  return core[core.length - 1] ?? name
}
