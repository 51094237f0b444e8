import type { SpeakerRef } from '../corpus/schema.ts'
import { aliasKey, type SpeakerEntry } from '../corpus/speakers-schema.ts'
import { coreNameTokens, isRoleWord, officeWord, surnameOf, type PersonMention } from './person-names.ts'
import { slugify } from './slug.ts'

// One person, one id across the corpus. Names are resolved against the alias table first, then
// by the person's given name and surname (so "Joseph R. Biden, Jr." meets "Joe Biden"), and
// people never seen before are added, with the forms they appeared under as aliases.

const NICKNAMES: Record<string, string> = {
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', jim: 'james',
  jimmy: 'james', mike: 'michael', tom: 'thomas', tony: 'anthony', chris: 'christopher',
  dan: 'daniel', dave: 'david', kate: 'katherine', katie: 'katherine', pete: 'peter',
  ted: 'edward', ed: 'edward', dick: 'richard', rick: 'richard', liz: 'elizabeth', ken: 'kenneth',
  matt: 'matthew', andy: 'andrew', alex: 'alexander', sam: 'samuel', ben: 'benjamin',
  nick: 'nicholas', greg: 'gregory', jen: 'jennifer', jenn: 'jennifer', pat: 'patrick',
  larry: 'lawrence', chuck: 'charles', charlie: 'charles', don: 'donald', doug: 'douglas',
}

function nameTokens(name: string): string[] {
  const tokens = coreNameTokens(name)
  while (tokens.length > 0 && isRoleWord(tokens[0] ?? '')) tokens.shift()
  return tokens.map(aliasKey).map((t) => NICKNAMES[t] ?? t)
}

/** Given name plus surname, nicknames expanded: the key under which two spellings are one person. */
export function personKey(name: string): string | undefined {
  const tokens = nameTokens(name)
  return tokens.length < 2 ? undefined : `${tokens[0]} ${tokens[tokens.length - 1]}`
}

/** All the name's words in any order: "Kishida Fumio" (family name first) is "Fumio Kishida". */
function wordsKey(name: string): string | undefined {
  const tokens = nameTokens(name)
  return tokens.length < 2 ? undefined : [...tokens].sort().join(' ')
}

const lastOfficeWord = officeWord

export class SpeakerRegistry {
  private readonly byId = new Map<string, SpeakerEntry>()
  private readonly byAlias = new Map<string, string>()
  private readonly byPerson = new Map<string, string>()
  private readonly byWords = new Map<string, string>()
  private readonly bySurname = new Map<string, Set<string>>()
  /** Full names met under an office and surname anywhere in the run: "president|biden" → counts. */
  private readonly hints = new Map<string, Map<string, number>>()
  private dirty = false

  constructor(entries: readonly SpeakerEntry[]) {
    for (const entry of entries) {
      const copy = { ...entry, aliases: [...entry.aliases], roles: [...entry.roles] }
      this.byId.set(copy.id, copy)
      this.index(copy.id, copy.name)
      copy.aliases.forEach((alias) => this.index(copy.id, alias))
    }
  }

  get changed(): boolean {
    return this.dirty
  }

  private index(id: string, form: string): void {
    const key = aliasKey(form)
    if (key && !this.byAlias.has(key)) this.byAlias.set(key, id)
    const person = personKey(form)
    if (person && !this.byPerson.has(person)) this.byPerson.set(person, id)
    const words = wordsKey(form)
    if (words && !this.byWords.has(words)) this.byWords.set(words, id)
    const surname = aliasKey(surnameOf(form))
    if (surname) {
      const ids = this.bySurname.get(surname) ?? new Set<string>()
      ids.add(id)
      this.bySurname.set(surname, ids)
    }
  }

  /** Remembers that a full name appeared under an office, to complete bare surnames later. */
  noteFullName(person: PersonMention): void {
    const office = lastOfficeWord(person.role)
    if (!office || coreNameTokens(person.name).length < 2) return
    const key = `${office}|${aliasKey(surnameOf(person.name))}`
    const counts = this.hints.get(key) ?? new Map<string, number>()
    counts.set(person.name, (counts.get(person.name) ?? 0) + 1)
    this.hints.set(key, counts)
  }

  private lookup(person: PersonMention): string | undefined {
    const forms = person.role ? [`${person.role} ${person.name}`, person.name] : [person.name]
    for (const form of forms) {
      const id = this.byAlias.get(aliasKey(form))
      if (id) return id
    }
    const key = personKey(person.name)
    if (key) return this.byPerson.get(key) ?? this.byWords.get(wordsKey(person.name) ?? '')
    // A bare surname matches a known person only if the office matches too.
    const office = lastOfficeWord(person.role)
    if (!office) return undefined
    const candidates = [...(this.bySurname.get(aliasKey(person.name)) ?? [])].filter((id) => {
      const entry = this.byId.get(id)
      return entry?.roles.some((r) => lastOfficeWord(r) === office) ?? false
    })
    return candidates.length === 1 ? candidates[0] : undefined
  }

  private completeFromHints(person: PersonMention): PersonMention {
    if (coreNameTokens(person.name).length !== 1) return person
    const counts = this.hints.get(`${lastOfficeWord(person.role)}|${aliasKey(person.name)}`)
    if (!counts) return person
    // The most frequent spelling, ties broken by name so the outcome never depends on file order.
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    return best ? { ...person, name: best[0] } : person
  }

  private newId(name: string): string {
    const base = slugify(name) || 'speaker'
    let id = base
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`
    return id
  }

  private learn(entry: SpeakerEntry, person: PersonMention, form: string): void {
    const key = aliasKey(form)
    const owner = this.byAlias.get(key)
    if (key !== aliasKey(entry.name) && owner === undefined) {
      entry.aliases.push(form)
      this.index(entry.id, form)
      this.dirty = true
    }
    if (person.role && !entry.roles.some((r) => aliasKey(r) === aliasKey(person.role ?? ''))) {
      entry.roles.push(person.role)
      this.dirty = true
    }
  }

  /** The corpus-wide id for a person named in a statement; adds the person or the spelling if new. */
  resolve(mention: PersonMention): SpeakerRef {
    let id = this.lookup(mention)
    let person = mention
    if (!id) {
      person = this.completeFromHints(mention)
      id = person === mention ? undefined : this.lookup(person)
    }
    let entry = id ? this.byId.get(id) : undefined
    if (!entry) {
      entry = { id: this.newId(person.name), name: person.name, aliases: [], roles: [] }
      this.byId.set(entry.id, entry)
      this.index(entry.id, entry.name)
      this.dirty = true
    }
    if (mention.role) this.learn(entry, mention, `${mention.role} ${mention.name}`)
    if (coreNameTokens(mention.name).length >= 2) this.learn(entry, mention, mention.name)
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
      .map((e) => ({ id: e.id, name: e.name, aliases: [...e.aliases].sort(byCodePoint), roles: [...e.roles].sort(byCodePoint) }))
      .sort((a, b) => byCodePoint(a.id, b.id))
  }
}
