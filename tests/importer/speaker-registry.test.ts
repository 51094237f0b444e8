// @vitest-environment node
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { speakersFileSchema, type SpeakerEntry } from '../../src/corpus/speakers-schema.ts'
import { SpeakerRegistry } from '../../src/importer/speaker-registry.ts'

// The real names are officials named in the brief for this work, in the forms the UN General
// Debate's list of speakers and the White House releases write them; the others are fictional.

describe('SpeakerRegistry', () => {
  it('makes one person of the spellings of one name, without a table entry', () => {
    const registry = new SpeakerRegistry([])
    const a = registry.resolve({ name: 'Joe Biden', role: 'President' })
    const b = registry.resolve({ name: 'Joseph R. Biden Jr.', role: 'President' })
    const c = registry.resolve({ name: 'Biden', role: 'President' })
    expect(new Set([a.id, b.id, c.id])).toEqual(new Set(['joe-biden']))
    expect(c).toEqual({ id: 'joe-biden', name: 'Joe Biden', role: 'President' })
  })

  it('keeps relatives with the same surname apart by office', () => {
    const registry = new SpeakerRegistry([])
    registry.resolve({ name: 'Jill Biden', role: 'First Lady' })
    registry.resolve({ name: 'Joe Biden', role: 'President' })
    expect(registry.resolve({ name: 'Biden', role: 'First Lady' }).id).toBe('jill-biden')
    expect(registry.resolve({ name: 'Biden', role: 'President' }).id).toBe('joe-biden')
  })

  it('uses the alias table first, and completes a bare surname from names met in the run', () => {
    const registry = new SpeakerRegistry([{ id: 'example-person', name: 'Example Person', aliases: ['Director Exemplar'], roles: [] }])
    expect(registry.resolve({ name: 'Exemplar', role: 'Director' }).id).toBe('example-person')
    registry.noteFullName({ name: 'Alice Sample', role: 'Vice President' })
    expect(registry.resolve({ name: 'Sample', role: 'Vice President' })).toEqual({ id: 'alice-sample', name: 'Alice Sample', role: 'Vice President' })
  })

  it('merges family-name-first spellings, but not other orders of the same words', () => {
    const registry = new SpeakerRegistry([])
    expect(registry.resolve({ name: 'Fumio Kishida', role: 'Prime Minister' }).id).toBe(registry.resolve({ name: 'Kishida Fumio', role: 'Prime Minister of Japan' }).id)
    // Father and son: "Karim, son of Omar" is not "Omar, son of Karim".
    const father = registry.resolve({ name: 'Omar bin Karim Al Example', role: 'King', country: 'JOR' })
    const son = registry.resolve({ name: 'Karim bin Omar Al Example', role: 'Crown Prince', country: 'JOR' })
    expect(son.id).not.toBe(father.id)
  })

  it('writes a valid, sorted, extended table', () => {
    const registry = new SpeakerRegistry([])
    registry.resolve({ name: 'Zed Person', role: 'Envoy' })
    registry.resolve({ name: 'Ann Person', role: 'Director' })
    registry.resolve({ name: 'Ann Person', role: 'Acting Director' })
    const entries = registry.entries()
    expect(entries.map((e) => e.id)).toEqual(['ann-person', 'zed-person'])
    expect(entries[0]).toEqual({ id: 'ann-person', name: 'Ann Person', aliases: ['Acting Director Ann Person', 'Director Ann Person'], roles: ['Acting Director', 'Director'] })
    expect(speakersFileSchema.safeParse(entries).success).toBe(true)
    expect(registry.changed).toBe(true)
  })

  it('rejects a table where one alias names two people', () => {
    const result = speakersFileSchema.safeParse([
      { id: 'a-person', name: 'A Person', aliases: ['Minister Person'], roles: [] },
      { id: 'b-person', name: 'B Person', aliases: ['Minister Person'], roles: [] },
    ])
    expect(result.success).toBe(false)
  })
})

describe('one person, one id, across years and posts', () => {
  it('gives Toomas Hendrik Ilves one id as Minister for Foreign Affairs and as President, however written', () => {
    const registry = new SpeakerRegistry([])
    const refs = [
      registry.resolve({ name: 'Toomas Hendrik Ilves', role: 'Minister for Foreign Affairs', country: 'EST' }),
      registry.resolve({ name: 'Mr. Toomas Hendrik Ilves', role: 'President', country: 'EST' }),
      registry.resolve({ name: 'TOOMAS HENDRIK ILVES', role: 'President ', country: 'EST' }),
      registry.resolve({ name: 'Toomas Ilves', role: 'President', country: 'EST' }),
    ]
    expect(new Set(refs.map((r) => r.id))).toEqual(new Set(['toomas-hendrik-ilves']))
    // Each statement keeps the role it gives, spacing tidied, never one from the table.
    expect(refs.map((r) => r.role)).toEqual(['Minister for Foreign Affairs', 'President', 'President', 'President'])
    expect(refs.every((r) => r.name === 'Toomas Hendrik Ilves')).toBe(true)
    expect(registry.get('toomas-hendrik-ilves')).toMatchObject({ roles: ['Minister for Foreign Affairs', 'President'], countries: ['EST'] })
  })

  it.each([
    ['Sauli Niinistö', 'Sauli Niinisto', 'Mr. Sauli Niinistö', 'FIN'],
    ['Dalia Grybauskaitė', 'Dalia Grybauskaite', 'Mrs. Dalia Grybauskaitė', 'LTU'],
  ])('folds accents, courtesy titles and capitals: %s', (a, b, c, country) => {
    const registry = new SpeakerRegistry([])
    const ids = [a, b, c, c.toUpperCase()].map((name) => registry.resolve({ name, role: 'President', country }).id)
    expect(new Set(ids).size).toBe(1)
    expect(registry.entries()).toHaveLength(1)
  })

  it('knows a monarch by name and numeral, with or without the title and patronymic', () => {
    const registry = new SpeakerRegistry([])
    const ids = ['Ruprecht IV', 'King Ruprecht IV', 'His Majesty King Ruprecht IV', 'KING RUPRECHT IV', 'Ruprecht IV bin Omar'].map(
      (name, i) => registry.resolve({ name, role: i % 2 ? 'Head of State' : 'King', country: 'LSO' }).id,
    )
    expect(new Set(ids)).toEqual(new Set(['ruprecht-iv']))
    expect(registry.resolve({ name: 'Ruprecht V', role: 'King', country: 'LSO' }).id).not.toBe('ruprecht-iv')
  })
})

describe('one person, one id, across collections', () => {
  // Entries as the White House import wrote them, before the table had countries.
  const whiteHouse: SpeakerEntry[] = [
    {
      id: 'jill-biden',
      name: 'Jill Biden',
      aliases: ['Dr. Jill Biden', 'First Lady Dr. Jill Biden', 'First Lady Jill Biden'],
      roles: ['First Lady'],
    },
    {
      id: 'joe-biden',
      name: 'Joe Biden',
      aliases: ['Joseph R. Biden Jr.', 'Joseph R. Biden, Jr.', 'President Biden', 'President Joe Biden', 'President Joseph R. Biden Jr.', 'President Joseph R. Biden, Jr.', 'President-elect Biden'],
      roles: ['President'],
    },
  ]

  it('finds the White House corpus’s Joe Biden in the General Debate’s forms of his name', () => {
    const registry = new SpeakerRegistry(whiteHouse)
    for (const name of ['Joseph R. Biden', 'Joseph R. Biden, Jr', 'Joe Biden']) {
      expect(registry.resolve({ name, role: 'President', country: 'USA' })).toEqual({ id: 'joe-biden', name: 'Joe Biden', role: 'President' })
    }
    expect(registry.get('joe-biden')?.countries).toEqual(['USA'])
    // White House titles, which name no country, still find him and not his wife.
    expect(registry.resolve({ name: 'Biden', role: 'President' }).id).toBe('joe-biden')
    expect(registry.resolve({ name: 'Biden', role: 'First Lady' }).id).toBe('jill-biden')
    expect(speakersFileSchema.safeParse(registry.entries()).success).toBe(true)
  })

  it('loads a table without countries and writes it back unchanged', () => {
    const registry = new SpeakerRegistry(speakersFileSchema.parse(whiteHouse))
    expect(registry.entries()).toEqual(whiteHouse)
    expect(registry.changed).toBe(false)
  })

  it('still reads data/speakers.json', () => {
    const parsed = speakersFileSchema.safeParse(JSON.parse(fs.readFileSync('data/speakers.json', 'utf8')))
    expect(parsed.error?.issues ?? []).toEqual([])
  })
})

describe('a surname alone never merges people of two states', () => {
  it('keeps "Mr. Barrow" of Belize apart from "Mr. Barrow" of Barbados', () => {
    const registry = new SpeakerRegistry([])
    const belize = registry.resolve({ name: 'Mr. Barrow', role: 'Deputy Prime Minister', country: 'BLZ' })
    const barbados = registry.resolve({ name: 'Mr. BARROW', role: 'Deputy Prime Minister', country: 'BRB' })
    expect(barbados.id).not.toBe(belize.id)
    expect(registry.resolve({ name: 'Mr. BARROW ', country: 'BLZ' }).id).toBe(belize.id)
    expect(registry.resolve({ name: 'Barrow', role: 'Deputy Prime Minister', country: 'BRB' }).id).toBe(barbados.id)
    // Two people named "Barrow" in one table is valid: their countries tell them apart.
    expect(speakersFileSchema.safeParse(registry.entries()).success).toBe(true)
  })

  it('keeps a surname of one state away from a full name of another, and from a person of no recorded country', () => {
    const registry = new SpeakerRegistry([{ id: 'irving-barrow', name: 'Irving Barrow', aliases: [], roles: ['Deputy Prime Minister'] }])
    const belize = registry.resolve({ name: 'Dean Barrow', role: 'Deputy Prime Minister', country: 'BLZ' })
    expect(registry.resolve({ name: 'Mr. Barrow', role: 'Deputy Prime Minister', country: 'BLZ' }).id).toBe(belize.id)
    expect(registry.resolve({ name: 'Mr. Barrow', role: 'Deputy Prime Minister', country: 'BRB' }).id).not.toBe(belize.id)
    expect(registry.resolve({ name: 'Barrow', role: 'Deputy Prime Minister', country: 'GMB' }).id).not.toBe('irving-barrow')
  })

  it('completes a surname from a full name met in the same state only', () => {
    const registry = new SpeakerRegistry([])
    registry.noteFullName({ name: 'Dean Barrow', role: 'Deputy Prime Minister', country: 'BLZ' })
    expect(registry.resolve({ name: 'Mr. Barrow', role: 'Deputy Prime Minister', country: 'BRB' }).name).toBe('Barrow')
    expect(registry.resolve({ name: 'Mr. Barrow', country: 'GMB' }).name).toBe('Barrow')
    expect(registry.resolve({ name: 'Mr. Barrow', country: 'BLZ' }).name).toBe('Dean Barrow')
  })

  it('completes a surname only from a full name met within a generation of it', () => {
    const registry = new SpeakerRegistry([])
    registry.noteFullName({ name: 'Ada Quillfeather', role: 'Prime Minister', country: 'EST', year: 2010 })
    // The father, Minister for Foreign Affairs in 1975, is not his daughter.
    expect(registry.resolve({ name: 'Mr. QUILLFEATHER', role: 'Minister for Foreign Affairs', country: 'EST', year: 1975 }).name).toBe('Quillfeather')
    expect(registry.resolve({ name: 'Mr. QUILLFEATHER', role: 'Minister for Foreign Affairs', country: 'EST', year: 1978 }).name).toBe('Quillfeather')
    expect(registry.resolve({ name: 'Ms. Quillfeather', role: 'Prime Minister', country: 'EST', year: 2004 }).name).toBe('Ada Quillfeather')
    expect(new Set(registry.entries().map((e) => e.id))).toEqual(new Set(['quillfeather', 'ada-quillfeather']))
  })

  it('lets the table settle what names alone cannot: a father and son named alike', () => {
    const table = [{ id: 'irving-h-k-example', name: 'Irving H. K. Example', aliases: ['Irving Example'], roles: ['President'], countries: ['USA'] }]
    const registry = new SpeakerRegistry(table)
    expect(registry.resolve({ name: 'Irving Example', role: 'President', country: 'USA' }).id).toBe('irving-h-k-example')
    expect(registry.resolve({ name: 'Irving K. Example', role: 'President', country: 'USA' }).id).toBe('irving-k-example')
  })

  it('asks the full names of the run before a surname’s own entry, so the order of the files never decides', () => {
    const registry = new SpeakerRegistry([])
    registry.noteFullName({ name: 'Ada Quillfeather', role: 'President', country: 'EST', year: 2010 })
    registry.noteFullName({ name: 'Irving Quillfeather', role: 'Minister for Foreign Affairs', country: 'EST', year: 2008 })
    expect(registry.resolve({ name: 'Mr. Quillfeather', country: 'EST', year: 2009 }).id).toBe('quillfeather')
    expect(registry.resolve({ name: 'Mr. Quillfeather', role: 'President', country: 'EST', year: 2010 }).id).toBe('ada-quillfeather')
    expect(registry.resolve({ name: 'Mr. Quillfeather', country: 'EST', year: 2011 }).id).toBe('quillfeather')
  })

  it('reads a surname the same with or without its article, and a particle as no given name', () => {
    const registry = new SpeakerRegistry([])
    registry.noteFullName({ name: 'Karim bin Omar Al Example', role: 'Minister for Foreign Affairs', country: 'KWT' })
    expect(registry.resolve({ name: 'Mr. AL-EXAMPLE', role: 'Minister for Foreign Affairs', country: 'KWT' }).name).toBe('Karim bin Omar Al Example')
    const portugal = registry.resolve({ name: 'Irving Sample', role: 'Minister for Foreign Affairs', country: 'PRT' })
    expect(registry.resolve({ name: 'Mr. DA SAMPLE', role: 'Minister for Foreign Affairs', country: 'PRT' }).id).toBe(portugal.id)
    expect(registry.resolve({ name: 'Da Sample', role: 'Minister for Foreign Affairs', country: 'GNB' }).id).not.toBe(portugal.id)
  })

  it('does not complete a surname that two full names of one state share', () => {
    const registry = new SpeakerRegistry([])
    registry.noteFullName({ name: 'Ada Quillfeather', role: 'Minister for Foreign Affairs', country: 'EST' })
    registry.noteFullName({ name: 'Irving Quillfeather', role: 'Minister for Foreign Affairs', country: 'EST' })
    expect(registry.resolve({ name: 'Mr. QUILLFEATHER', role: 'Minister for Foreign Affairs', country: 'EST' }).name).toBe('Quillfeather')
  })

  it('needs the same country for a weaker match of a full name, but not for the name as written', () => {
    const registry = new SpeakerRegistry([])
    const estonia = registry.resolve({ name: 'Ada Moss Quillfeather', role: 'President', country: 'EST' })
    expect(registry.resolve({ name: 'Ada Quillfeather', role: 'President', country: 'LVA' }).id).not.toBe(estonia.id)
    // One person who spoke for two states (a state and its successor, a state and the EU).
    expect(registry.resolve({ name: 'Mr. ADA MOSS QUILLFEATHER', role: 'President', country: 'EU' }).id).toBe(estonia.id)
    expect(registry.get(estonia.id)?.countries).toEqual(['EST', 'EU'])
  })

  it('refuses a country code it does not know', () => {
    const registry = new SpeakerRegistry([])
    expect(() => registry.resolve({ name: 'Ada Quillfeather', country: 'XXX' })).toThrow(/unknown country code "XXX"/)
    expect(registry.resolve({ name: 'Ada Quillfeather', country: ' est ' }).id).toBe('ada-quillfeather')
  })
})

describe('two different full names are never one person', () => {
  it.each([
    ['Ada Moss Quillfeather', 'Ada Fern Quillfeather'],
    ['Karim Al-Omar Al-Example', 'Karim Al-Yusuf Al-Hadi Al-Example'],
    ['Irving H. K. Example', 'Irving K. Example'],
    ['Ada Quillfeather', 'Irving Quillfeather'],
  ])('%s is not %s', (a, b) => {
    const registry = new SpeakerRegistry([])
    const first = registry.resolve({ name: a, role: 'President', country: 'KWT' })
    expect(registry.resolve({ name: b, role: 'President', country: 'KWT' }).id).not.toBe(first.id)
    expect(speakersFileSchema.safeParse(registry.entries()).success).toBe(true)
  })

  it.each([
    ['Ada Quillfeather', 'Ada Moss Quillfeather'],
    ['Karim Al-Omar Al-Example', 'Karim Al-Omar Al-Yusuf Al-Example'],
    ['Karim Al-Omar Al-Example', 'Karim El Omar Al Example'],
    ['Irving K. Example', 'Irving Kai Example'],
    ['Ada Margarete Quillfeather', 'Ada Margarethe Quillfeather'],
  ])('but %s is %s, written shorter or with a slip', (a, b) => {
    const registry = new SpeakerRegistry([])
    const first = registry.resolve({ name: a, role: 'President', country: 'KWT' })
    expect(registry.resolve({ name: b, role: 'President', country: 'KWT' }).id).toBe(first.id)
  })
})

describe('a shorter name that fits two people', () => {
  it('is neither of them', () => {
    const registry = new SpeakerRegistry([])
    const moss = registry.resolve({ name: 'Ada Moss Quillfeather', role: 'President', country: 'EST' })
    const fern = registry.resolve({ name: 'Ada Fern Quillfeather', role: 'Minister for Foreign Affairs', country: 'EST' })
    const short = registry.resolve({ name: 'Ada Quillfeather', role: 'President', country: 'EST' })
    expect([moss.id, fern.id]).not.toContain(short.id)
  })
})

describe('the alias table with countries', () => {
  const entry = (id: string, countries?: string[]): SpeakerEntry => ({ id, name: 'Barrow', aliases: [], roles: [], ...(countries ? { countries } : {}) })

  it('lets people share a name only when their countries tell them apart', () => {
    const valid = (entries: SpeakerEntry[]) => speakersFileSchema.safeParse(entries).success
    expect(valid([entry('barrow', ['BLZ']), entry('barrow-2', ['BRB'])])).toBe(true)
    expect(valid([entry('barrow', ['BLZ']), entry('barrow-2')])).toBe(true)
    expect(valid([entry('barrow', ['BLZ', 'BRB']), entry('barrow-2', ['BRB'])])).toBe(false)
    expect(valid([entry('barrow'), entry('barrow-2'), entry('barrow-3', ['BRB'])])).toBe(false)
  })

  it('rejects a country code it does not know', () => {
    expect(speakersFileSchema.safeParse([entry('barrow', ['XXX'])]).success).toBe(false)
  })

  it('writes countries sorted, and only where there are some', () => {
    const registry = new SpeakerRegistry([])
    registry.resolve({ name: 'Ada Quillfeather', country: 'LVA' })
    registry.resolve({ name: 'Ada Quillfeather', country: 'EST' })
    registry.resolve({ name: 'Irving Example', role: 'Envoy' })
    expect(registry.entries()).toEqual([
      { id: 'ada-quillfeather', name: 'Ada Quillfeather', aliases: [], roles: [], countries: ['EST', 'LVA'] },
      { id: 'irving-example', name: 'Irving Example', aliases: ['Envoy Irving Example'], roles: ['Envoy'] },
    ])
  })
})
