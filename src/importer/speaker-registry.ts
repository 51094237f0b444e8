import { isKnownCountry } from '../corpus/countries.ts'
import type { SpeakerRef } from '../corpus/schema.ts'
import { aliasKey, mayShareForm, type SpeakerEntry } from '../corpus/speakers-schema.ts'
import { cleanRecordedName, coreNameTokens, isHonorific, isTitleWord, officeWord, surnameOf, type PersonMention } from './person-names.ts'
import { slugify } from './slug.ts'

// One person, one id across the corpus, whatever the year, the office or the collection. A name
// is resolved against the alias table first, then by given name and surname (so "Joseph R.
// Biden, Jr." meets "Joe Biden", and "Toomas Ilves" meets "Toomas Hendrik Ilves"), then, for a
// surname alone, through the full names of the run and the people of that surname. People never
// seen before are added, with the forms they appeared under as aliases.
//
// What decides between two people:
// - A full name as written (accents, case and courtesy titles aside) is one person, wherever and
//   as whatever they spoke: a head of state of a country and then of its successor, or a prime
//   minister who later presides over the European Council.
// - A weaker match (the same given name and surname, the same words with the family name first)
//   needs the mention's country, when it has one, among the person's, or a person of no
//   recorded country (the White House table); and it must be the only such person.
// - A surname alone ("Mr. Barrow") needs the same country exactly, so two states' Barrows are two
//   people. It is read first as the one full name the run met with that surname, state and
//   office within ten years (noteFullName), and is left alone when the run met several.
// - Two different full names are never one person: the words between given name and surname
//   must agree where both names have them ("Ada Moss Example" is not "Ada Fern Example", "Irving
//   H. K. Example" is not "Irving K. Example"), though one may leave them out.

const NICKNAMES: Record<string, string> = {
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', jim: 'james',
  jimmy: 'james', mike: 'michael', tom: 'thomas', tony: 'anthony', chris: 'christopher',
  dan: 'daniel', dave: 'david', kate: 'katherine', katie: 'katherine', pete: 'peter',
  ted: 'edward', ed: 'edward', dick: 'richard', rick: 'richard', liz: 'elizabeth', ken: 'kenneth',
  matt: 'matthew', andy: 'andrew', alex: 'alexander', sam: 'samuel', ben: 'benjamin',
  nick: 'nicholas', greg: 'gregory', jen: 'jennifer', jenn: 'jennifer', pat: 'patrick',
  larry: 'lawrence', chuck: 'charles', charlie: 'charles', don: 'donald', doug: 'douglas',
}

const INITIAL = /^(?:\p{L}\.)+\p{L}?$|^\p{L}$/u
const GENERATION = /^(?:jr|sr)\.?$/i
// Words that join a name rather than name the person: they never stand for the given name or
// the surname, and the words between those two are compared without them ("Al-Ahmad" / "El Ahmad").
const PARTICLES = new Set('de da das do dos du del della di van von der den ter ten la le el al bin bint ibn ben abu abd abdel abdul ould y zu und'.split(' '))
const NUMERAL = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv|xvi)$/

/**
 * A name's words as compared: folded, hyphenated parts apart, nicknames expanded, without
 * courtesy titles, Jr. and Sr., or the titles before the name; initials are kept, one letter long.
 */
function nameWords(name: string): string[] {
  const tokens = name
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !isHonorific(t) && !GENERATION.test(t))
  while (tokens.length > 1 && isTitleWord(tokens[0] ?? '') && !INITIAL.test(tokens[0] ?? '')) tokens.shift()
  return tokens.flatMap((t) => (INITIAL.test(t) ? aliasKey(t).split(' ') : aliasKey(t).split(' ').map((w) => NICKNAMES[w] ?? w))).filter(Boolean)
}

interface NameShape {
  first: string
  last: string
  /** The other words, initials included, particles and numerals left out, in order. */
  middle: string[]
}

/** Given name and surname, or a monarch's name and numeral ("Mswati III", "Abdullah II bin Al Hussein"). */
function shapeOf(name: string): NameShape | undefined {
  const words = nameWords(name)
  const numeral = (i: number) => i > 0 && NUMERAL.test(words[i] ?? '')
  const eligible = words.map((w, i) => (w.length > 1 && !PARTICLES.has(w) && !numeral(i) ? i : -1)).filter((i) => i >= 0)
  const first = eligible[0]
  if (first === undefined) return undefined
  // "Harald V": a lone V or X ends a monarch's name, where elsewhere it would be an initial.
  const regnal = numeral(first + 1) || (first + 2 === words.length && /^[vx]$/.test(words[first + 1] ?? ''))
  if (regnal) return { first: words[first] ?? '', last: words[first + 1] ?? '', middle: [] }
  const last = eligible[eligible.length - 1]
  if (last === undefined || last === first) return undefined
  const middle = words.filter((w, i) => i !== first && i !== last && !PARTICLES.has(w) && !numeral(i))
  return { first: words[first] ?? '', last: words[last] ?? '', middle }
}

/** Given name plus surname, nicknames expanded: the key under which two spellings may be one person. */
export function personKey(name: string): string | undefined {
  const shape = shapeOf(name)
  return shape ? `${shape.first} ${shape.last}` : undefined
}

/** The surname as compared: "Al-Thani", "Al Thani" and "Tamim bin Hamad Al Thani" all give "thani". */
function surnameKey(name: string): string {
  const words = fullWords(name)
  return words[words.length - 1] ?? aliasKey(surnameOf(name))
}

const fullWords = (name: string) => nameWords(name).filter((w, i) => w.length > 1 && !PARTICLES.has(w) && !(i > 0 && NUMERAL.test(w)))

/** The name's words in any order, to find "Kishida Fumio" (family name first) as "Fumio Kishida". */
function wordsKey(name: string): string | undefined {
  const words = fullWords(name)
  return words.length < 2 ? undefined : [...words].sort().join(' ')
}

/** The same words, initials and particles included, with the family name moved from one end to the other. */
function isRotation(a: string, b: string): boolean {
  const x = nameWords(a)
  const y = nameWords(b)
  if (x.length !== y.length) return false
  return x.some((_, shift) => shift > 0 && x.every((w, i) => w === y[(i + shift) % y.length]))
}

/** One letter added, dropped or changed: "Nyuma" / "Nyumah", "Gonçalves" / "Gonsalves". */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const rest = (x: string, skip: number) => x.slice(i + skip)
  return rest(a, 1) === rest(b, 1) || rest(a, 0) === rest(b, 1) || rest(a, 1) === rest(b, 0)
}

// Middle names are compared forgiving one slip of spelling in a long word; given name and
// surname never are.
const sameWord = (a: string, b: string) =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)) || (a.length >= 5 && b.length >= 5 && oneEditApart(a, b))

/**
 * Whether two names with the same given name and surname can be one person: the middle words of
 * one are found in order among the other's, and when both have middle words, none of the
 * longer one's initials is left over.
 */
function sameMiddles(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  let i = 0
  const leftOver: string[] = []
  for (const word of long) {
    if (i < short.length && sameWord(short[i] ?? '', word)) i++
    else leftOver.push(word)
  }
  return i === short.length && !leftOver.some((w) => w.length === 1)
}

function sameFullName(a: string, b: string): boolean {
  const x = shapeOf(a)
  const y = shapeOf(b)
  return x !== undefined && y !== undefined && x.first === y.first && x.last === y.last && sameMiddles(x.middle, y.middle)
}

const isFullName = (name: string) => shapeOf(name) !== undefined

function normalCountry(code: string | undefined): string | undefined {
  const country = code?.trim().toUpperCase()
  if (!country) return undefined
  if (!isKnownCountry(country)) throw new RangeError(`unknown country code "${code}": expected ISO 3166-1 alpha-3 or a code of src/corpus/countries.ts`)
  return country
}

/** A mention as the registry compares it: the name cleaned, the role's spacing tidied, the country checked. */
function normalMention(mention: PersonMention): PersonMention {
  const name = cleanRecordedName(mention.name) ?? mention.name.trim()
  if (!name) throw new RangeError('a speaker needs a name: check cleanRecordedName(raw) before resolving')
  const role = mention.role?.replace(/\s+/g, ' ').trim()
  const country = normalCountry(mention.country)
  const year = mention.year !== undefined && Number.isInteger(mention.year) ? mention.year : undefined
  return { name, ...(role ? { role } : {}), ...(country ? { country } : {}), ...(year !== undefined ? { year } : {}) }
}

// A surname alone is read as a full name of the run only when that name was met within this
// many years: "Mr. Abe", Minister for Foreign Affairs in 1983, is not the Prime Minister of 2015.
const GENERATION_YEARS = 10

interface Hint {
  count: number
  /** The years the full name was met in; empty when the mentions gave none. */
  years: Set<number>
}

const SEVERAL = Symbol('several people')

const push = (map: Map<string, string[]>, key: string | undefined, id: string) => {
  if (!key) return
  const ids = map.get(key) ?? []
  if (!ids.includes(id)) ids.push(id)
  map.set(key, ids)
}

export class SpeakerRegistry {
  private readonly byId = new Map<string, SpeakerEntry>()
  /** A form is one person's, or several people's of different countries (speakers-schema.ts). */
  private readonly byAlias = new Map<string, string[]>()
  private readonly byPerson = new Map<string, string[]>()
  private readonly byWords = new Map<string, string[]>()
  private readonly bySurname = new Map<string, string[]>()
  /** Full names met under an office and surname anywhere in the run: "president|biden|" → name → hint. */
  private readonly hints = new Map<string, Map<string, Hint>>()
  private dirty = false

  constructor(entries: readonly SpeakerEntry[]) {
    for (const entry of entries) {
      const copy: SpeakerEntry = { ...entry, aliases: [...entry.aliases], roles: [...entry.roles], ...(entry.countries ? { countries: [...entry.countries] } : {}) }
      this.byId.set(copy.id, copy)
      this.index(copy.id, copy.name)
      copy.aliases.forEach((alias) => this.index(copy.id, alias))
    }
  }

  get changed(): boolean {
    return this.dirty
  }

  private index(id: string, form: string): void {
    push(this.byAlias, aliasKey(form), id)
    push(this.byPerson, personKey(form), id)
    push(this.byWords, wordsKey(form), id)
    push(this.bySurname, surnameKey(form), id)
  }

  private countriesOf(id: string): readonly string[] {
    return this.byId.get(id)?.countries ?? []
  }

  private hasCountry(id: string, country: string): boolean {
    return this.countriesOf(id).includes(country)
  }

  private hintKeys(person: PersonMention, surname: string): string[] {
    const office = officeWord(person.role)
    const keys = office ? [`${office}|${surname}|${person.country ?? ''}`] : []
    // Within one state, a surname without an office can still be completed.
    if (person.country) keys.push(`*|${surname}|${person.country}`)
    return keys
  }

  /**
   * Remembers that a full name appeared under an office (and country, and year), to complete
   * bare surnames later. Call it for every mention of a run before resolving any, so that no
   * outcome depends on the order of the files.
   */
  noteFullName(mention: PersonMention): void {
    const person = normalMention(mention)
    if (!isFullName(person.name)) return
    for (const key of this.hintKeys(person, surnameKey(person.name))) {
      const names = this.hints.get(key) ?? new Map<string, Hint>()
      const hint = names.get(person.name) ?? { count: 0, years: new Set<number>() }
      hint.count++
      if (person.year !== undefined) hint.years.add(person.year)
      names.set(person.name, hint)
      this.hints.set(key, names)
    }
  }

  /** Among the people a form names, the one this mention means. */
  private ownerOf(form: string, person: PersonMention, strong: boolean): string | undefined {
    const owners = this.byAlias.get(aliasKey(form)) ?? []
    if (owners.length === 0) return undefined
    if (person.country) {
      const same = owners.find((id) => this.hasCountry(id, person.country ?? ''))
      if (same || !strong) return same
    }
    return owners.find((id) => this.countriesOf(id).length === 0) ?? (owners.length === 1 ? owners[0] : undefined)
  }

  private forms(id: string): string[] {
    const entry = this.byId.get(id)
    return entry ? [entry.name, ...entry.aliases] : []
  }

  /** Whom the name as written, or the office and the name, already names in the table. */
  private byForm(person: PersonMention, forms: 'office and name' | 'both' = 'both'): string | undefined {
    const strong = isFullName(person.name)
    const written = person.role ? [`${person.role} ${person.name}`] : []
    if (forms === 'both') written.push(person.name)
    for (const form of written) {
      const id = this.ownerOf(form, person, strong)
      if (id) return id
    }
    return undefined
  }

  /** The same given name and surname, or the same words with the family name first. */
  private byFullName(person: PersonMention): string | undefined {
    const key = personKey(person.name)
    if (!key) return undefined
    // Every spelling of the person under this key must agree with the mention's middle names.
    const sameName = (this.byPerson.get(key) ?? []).filter((id) =>
      this.forms(id).every((form) => personKey(form) !== key || sameFullName(form, person.name)),
    )
    const reordered = (this.byWords.get(wordsKey(person.name) ?? '') ?? []).filter((id) => this.forms(id).some((form) => isRotation(form, person.name)))
    return this.onlyOne(sameName, person.country) ?? this.onlyOne(reordered, person.country)
  }

  /**
   * The one candidate of a weak match: of the mention's country if any is, else of no recorded
   * country. Two are a guess ("Joseph Boakai" between two spellings of his middle name, or
   * between two people), and a guess would depend on which came first.
   */
  private onlyOne(ids: readonly string[], country: string | undefined): string | undefined {
    const same = country ? ids.filter((id) => this.hasCountry(id, country)) : [...ids]
    const pool = same.length > 0 ? same : ids.filter((id) => this.countriesOf(id).length === 0)
    return pool.length === 1 ? pool[0] : undefined
  }

  /** A surname alone: one person of that surname and office, and of the same country when the mention has one. */
  private bySurnameAlone(person: PersonMention): string | undefined {
    const office = officeWord(person.role)
    const candidates = (this.bySurname.get(surnameKey(person.name)) ?? []).filter((id) => {
      const roles = this.byId.get(id)?.roles ?? []
      if (person.country) {
        return this.hasCountry(id, person.country) && (!office || roles.length === 0 || roles.some((r) => officeWord(r) === office))
      }
      return office !== undefined && roles.some((r) => officeWord(r) === office)
    })
    return candidates.length === 1 ? candidates[0] : undefined
  }

  private lookup(person: PersonMention): string | undefined {
    return this.byForm(person) ?? (isFullName(person.name) ? this.byFullName(person) : this.bySurnameAlone(person))
  }

  /**
   * What the full names noted in the run say a surname alone stands for: the one person's most
   * frequent spelling (ties broken by name, so file order never decides), "several" people, or
   * nothing known. Asked before the table, so that which relative happened to be imported first
   * never decides either.
   */
  private fromHints(person: PersonMention): string | typeof SEVERAL | undefined {
    const near = ([, hint]: [string, Hint]) =>
      person.year === undefined || hint.years.size === 0 || [...hint.years].some((y) => Math.abs(y - (person.year ?? y)) <= GENERATION_YEARS)
    for (const key of this.hintKeys(person, surnameKey(person.name))) {
      const names = [...(this.hints.get(key) ?? [])]
      if (names.length === 0) continue
      // Someone of that surname is known, but not at that time: not a guess to make.
      const [best, ...others] = names.filter(near).sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      return best && others.every(([name]) => sameFullName(name, best[0])) ? best[0] : SEVERAL
    }
    return undefined
  }

  private newId(name: string): string {
    const base = slugify(name) || 'speaker'
    let id = base
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`
    return id
  }

  private learn(entry: SpeakerEntry, form: string): void {
    const key = aliasKey(form)
    if (key !== aliasKey(entry.name) && !this.byAlias.has(key)) {
      entry.aliases.push(form)
      this.index(entry.id, form)
      this.dirty = true
    }
  }

  private learnRole(entry: SpeakerEntry, role: string | undefined): void {
    if (role && !entry.roles.some((r) => aliasKey(r) === aliasKey(role))) {
      entry.roles.push(role)
      this.dirty = true
    }
  }

  private learnCountry(entry: SpeakerEntry, country: string | undefined): void {
    if (!country || entry.countries?.includes(country)) return
    const countries = [...(entry.countries ?? []), country]
    // Never a country that another person sharing one of this person's forms already has.
    const clash = this.forms(entry.id).some((form) =>
      (this.byAlias.get(aliasKey(form)) ?? []).some((id) => id !== entry.id && !mayShareForm(this.countriesOf(id), countries)),
    )
    if (clash) return
    entry.countries = countries
    this.dirty = true
  }

  /**
   * The corpus-wide id for a person named in a statement; adds the person, the spelling, the
   * role or the country if new. `name` may be as recorded ("Mr. TOOMAS HENDRIK ILVES"); `role`
   * is the office as this statement gives it, and comes back as given (spacing tidied);
   * `country` is an ISO 3166-1 alpha-3 code (an unknown one throws a RangeError).
   */
  resolve(raw: PersonMention): SpeakerRef {
    const mention = normalMention(raw)
    let person = mention
    let id: string | undefined
    if (isFullName(mention.name)) {
      id = this.byForm(mention) ?? this.byFullName(mention)
    } else {
      // A surname alone: the table's "office + surname" alias, then the full names of the run,
      // then a person already of that surname (and state), or the surname's own entry.
      id = this.byForm(mention, 'office and name')
      const hinted = id ? undefined : this.fromHints(mention)
      if (hinted === SEVERAL) {
        id = this.byForm(mention)
      } else if (hinted !== undefined) {
        person = { ...mention, name: hinted }
        id = this.lookup(person)
      } else if (!id) {
        id = this.byForm(mention) ?? this.bySurnameAlone(mention)
      }
    }
    let entry = id ? this.byId.get(id) : undefined
    if (!entry) {
      entry = { id: this.newId(person.name), name: person.name, aliases: [], roles: [], ...(mention.country ? { countries: [mention.country] } : {}) }
      this.byId.set(entry.id, entry)
      this.index(entry.id, entry.name)
      this.dirty = true
    }
    // "Prime Minister Barrow" says little once states are in play: the country and the surname index do that work.
    if (mention.role && !mention.country) this.learn(entry, `${mention.role} ${mention.name}`)
    if (coreNameTokens(mention.name).length >= 2) this.learn(entry, mention.name)
    this.learnRole(entry, mention.role)
    this.learnCountry(entry, mention.country)
    // The role is the one this statement gives, never one taken from the table: the table grows
    // with every run, and a statement must not change because another one was imported.
    return mention.role ? { id: entry.id, name: entry.name, role: mention.role } : { id: entry.id, name: entry.name }
  }

  get(id: string): SpeakerEntry | undefined {
    return this.byId.get(id)
  }

  /** The table in its canonical order, ready to write. */
  entries(): SpeakerEntry[] {
    const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    return [...this.byId.values()]
      .map((e) => ({
        id: e.id,
        name: e.name,
        aliases: [...e.aliases].sort(byCodePoint),
        roles: [...e.roles].sort(byCodePoint),
        ...(e.countries?.length ? { countries: [...e.countries].sort(byCodePoint) } : {}),
      }))
      .sort((a, b) => byCodePoint(a.id, b.id))
  }
}
