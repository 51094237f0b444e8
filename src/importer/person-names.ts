// Telling a person's name from the office around it in phrases like "NSC Spokesperson Emily
// Horne", "Secretary of Labor Marty Walsh", "Prime Minister Fumio Kishida of Japan" or
// "Kurt Campbell, Deputy Assistant to the President". Titles capitalise both, so the office is
// recognised by its vocabulary; whatever capitalised words follow it are the name.

export interface PersonMention {
  name: string
  role?: string
  /** ISO 3166-1 alpha-3 code (src/corpus/countries.ts) of the state the person spoke for. */
  country?: string
  /** The year of the statement, which keeps a surname alone from a namesake of another generation. */
  year?: number
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

// "His Majesty King of Jordan" is the King of Jordan: the courtesy goes, as from names.
const roleText = (tokens: readonly string[]) =>
  dropCourtesy(tokens)
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

// Names as a record wrote them: the UN's lists of speakers give "Mr. MANITSKI", " JAAKSON ",
// "His Majesty King Abdullah II", "Dr. Lotay Tshering, MBBS, MD". What goes and what stays:
// - Courtesy titles and styles go (Mr., Mrs., Ms., Mme, Dr., Prof., Sir, Dame, H.E., His
//   Excellency, His Majesty, The Honourable…), and so do post-nominal letters after a comma and
//   notes in brackets. Sir, Dame and Dr. go too: they arrive mid-career, so one person is written
//   with them one year and without them the next.
// - Titles people are named by stay (King, Prince, Emir, Sheikh, Sultan, Ratu, Alhaji, Pope,
//   military ranks): "Sheikh Hasina" is how she is named, and the registry skips these office
//   words when it compares names anyway.
// - Letters are never dropped or changed, only re-cased: names in capitals become proper case;
//   a name with lower-case letters keeps them, since "McDonald" and "de Villepin" cannot be
//   rebuilt from capitals.

/** Titles people are named by that are not offices: kept in a recorded name, skipped when comparing two. */
const NAME_TITLES = new Set('alhaji haji hadji ratu tun datuk dato sardar pandit shaikh sheik amir archbishop cardinal monsignor sovereign'.split(' '))

/** A word before a personal name that is a title or an office, never the name: "King", "Sheikh", "Ratu", "General". */
export const isTitleWord = (token: string) => NAME_TITLES.has(bare(token).toLowerCase()) || isRoleWord(token)

/** Courtesy titles, one word each, compared in lower case without a final stop. */
const COURTESY_TITLES = new Set(
  `mr mrs ms mx miss mme mlle messrs dr prof professor sir dame rev h.e h.m h.h h.r.h excellency
  excellencies majesty majesties highness highnesses honourable honorable`.split(/\s+/),
)
/** "Mir. GROMYKO": "Mr." mistyped; "Mir" without a stop is a name, or a title people are named by. */
const MISTYPED_TITLE = /^mir\.$/i
/** Words that are courtesy only in front of another courtesy word: "His Excellency", "The Hon.", "Rt. Hon.". */
const COURTESY_LEADS = new Set(['his', 'her', 'their', 'royal', 'serene', 'the', 'rt', 'right', 'hon'])
/** Post-nominal letters, as written, dropped when a comma sets them off (or "MP" alone at the end). */
const POST_NOMINALS = new Set(
  `MP M.P. MBBS MD GCFR OBE MBE CBE KBE DBE GCMG KCMG CMG CH CF KStJ GOL TD T.D T.D. QC KC PC GCB KG GCVO PhD Ph.D.`.split(/\s+/),
)
// Windows-1252 bytes read as Latin-1 ("Ga\x9Aparovič", "Mu\x92izzaddin"): C1 controls never
// belong in a name, and in these records they are always this mistake.
const WINDOWS_1252: Readonly<Record<string, string>> = {
  '\x8a': 'Š', '\x8c': 'Œ', '\x8e': 'Ž', '\x9a': 'š', '\x9c': 'œ', '\x9e': 'ž', '\x9f': 'Ÿ',
  '\x91': '‘', '\x92': '’', '\x93': '', '\x94': '', '\x96': '-', '\x97': '-',
}
const LOWER_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'und', 'y', 'bin', 'bint', 'ibn'])
// "MACDONALD" could be Macdonald or MacDonald, "MACHEL" is not Mac-anything: only these take a capital after Mac.
const MAC_NAMES = /^mac(?:arthur|aulay|donald|dougall|eachen|farlane|gregor|guigan|intyre|kay|kinnon|laren|lean|leod|neil|pherson)$/
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/
const QUOTES = /["“”„«»]/g
const GLUED_TITLE = /(^|\s)((?:mr|mrs|ms|dr|mme|mlle|prof)\.)(?=[^\s.])/i

const courtesyKey = (token: string) => token.toLowerCase().replace(/[.,;:]+$/, '')

/** Drops courtesy titles wherever they stand: "Alhaji Sir Dawda Jawara", "Grand Chief Rt. Hon. Sir Michael Somare". */
function dropCourtesy(tokens: readonly string[]): string[] {
  const kept: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    let j = i
    while (j < tokens.length && COURTESY_LEADS.has(courtesyKey(tokens[j] ?? ''))) j++
    if (j < tokens.length && (COURTESY_TITLES.has(courtesyKey(tokens[j] ?? '')) || MISTYPED_TITLE.test(tokens[j] ?? ''))) {
      i = j
      continue
    }
    // "The Hon. X", "Rt Hon X"; a bare "Hon" is a name too ("Choe Su Hon").
    const leads = tokens.slice(i, j)
    const last = leads[leads.length - 1] ?? ''
    if (courtesyKey(last) === 'hon' && (/\.$/.test(last) || leads.length > 1)) {
      i = j - 1
      continue
    }
    kept.push(tokens[i] ?? '')
  }
  return kept
}

/** Drops ", MP", ", MBBS, MD", ", GCMG, CH" at the end (and a bare "MP"), keeping ", Jr". */
function dropPostNominals(tokens: string[]): string[] {
  let start = tokens.length
  while (start > 1 && POST_NOMINALS.has((tokens[start - 1] ?? '').replace(/,$/, ''))) start--
  if (start === tokens.length) return tokens
  const run = tokens.slice(start).map((t) => t.replace(/,$/, ''))
  const setOff = (tokens[start - 1] ?? '').endsWith(',')
  return setOff || run.every((t) => t === 'MP') ? tokens.slice(0, start) : tokens
}

const upper = (ch: string) => {
  const up = ch.toUpperCase()
  return up.length === 1 ? up : ch
}

/** "MANITSKI" → "Manitski", "JEAN-CLAUDE" → "Jean-Claude", "O'NEILL" → "O'Neill", "TU'I'ONETOA" → "Tu'i'onetoa". */
function properCase(word: string): string {
  let out = ''
  let letters = 0
  // A capital starts the word and each part after a hyphen or a stop, and follows a one-letter
  // prefix and its apostrophe (O', D', N'); other apostrophes stand inside a word ("Mata'afa").
  let capitalNext = true
  for (const ch of word.toLowerCase()) {
    if (/\p{L}/u.test(ch)) {
      out += capitalNext ? upper(ch) : ch
      capitalNext = false
      letters++
    } else {
      capitalNext = /[-.]/.test(ch) || (/[’'‘]/.test(ch) && letters <= 1)
      out += ch
    }
  }
  if (/^mc\p{L}/u.test(out.toLowerCase())) return `Mc${upper(out.charAt(2))}${out.slice(3)}`
  if (MAC_NAMES.test(out.toLowerCase())) return `Mac${upper(out.charAt(3))}${out.slice(4)}`
  return out
}

const letterCount = (word: string) => word.replace(/\P{L}/gu, '').length
const isShouted = (word: string) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word)

/** Re-cases the words in capitals; a name already in mixed case keeps its other words as written. */
function recase(tokens: readonly string[]): string[] {
  const allCaps = !tokens.some((t) => /\p{Ll}/u.test(t))
  const numeral = (t: string, i: number) => i > 0 && ROMAN_NUMERAL.test(t.replace(/,$/, ''))
  // "Mr. LE Cong PHUNG": a short word in capitals is shouted too when a longer one is; alone ("JD Vance") it is kept.
  const shouting = tokens.some((t, i) => isShouted(t) && letterCount(t) >= 3 && !numeral(t, i))
  const last = tokens.length - 1
  return tokens.map((token, i) => {
    const macTail = /^(Mc|Mac)(\p{Lu}{3,}.*)$/u.exec(token)
    if (!allCaps && macTail && isShouted(macTail[2] ?? '')) return `${macTail[1]}${properCase(macTail[2] ?? '')}`
    if (!isShouted(token) || numeral(token, i)) return token
    if (!allCaps && !(letterCount(token) >= 3 || (shouting && letterCount(token) === 2))) return token
    if (i > 0 && i < last && LOWER_PARTICLES.has(token.toLowerCase())) return token.toLowerCase()
    return properCase(token)
  })
}

/**
 * A person's name as a record wrote it, cleaned for display and matching: "Mr. MANITSKI" →
 * "Manitski", " SOLANA MORALES " → "Solana Morales", "His Excellency Mr. Toomas Hendrik Ilves"
 * → "Toomas Hendrik Ilves". Undefined when nothing of a name is left ("", "Mr.").
 */
export function cleanRecordedName(raw: string): string | undefined {
  let text = raw
    .normalize('NFC')
    .replace(/[\x80-\x9f]/g, (ch) => WINDOWS_1252[ch] ?? '')
    .replace(/\([^)]*\)?|\)/g, ' ')
    .replace(QUOTES, '')
    // "Mohammed Said Al- Sahaf"
    .replace(/(\p{L})-\s+(?=\p{L})/gu, '$1-')
    .trim()
  // "Mr.Vivian", "Mr.Mr.": an abbreviated title glued to the next word.
  while (GLUED_TITLE.test(text)) text = text.replace(GLUED_TITLE, '$1$2 ')
  // A name wrapped in single quotes: 'Name'.
  while (/^['‘’].*['‘’]$/su.test(text) && text.length > 1) text = text.slice(1, -1).trim()
  let tokens = dropCourtesy(text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)))
  tokens = dropPostNominals(tokens)
  if (tokens.length === 0) return undefined
  tokens[0] = (tokens[0] ?? '').replace(/^[,;:]+/, '')
  tokens[tokens.length - 1] = (tokens[tokens.length - 1] ?? '').replace(/[,;:]+$/, '')
  const name = recase(tokens).join(' ').normalize('NFC')
  return /\p{L}/u.test(name) ? name : undefined
}
