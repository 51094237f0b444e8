// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanRecordedName } from '../../src/importer/person-names.ts'

// The real names are officials named in the brief for this work, as the UN General Debate's list
// of speakers records them; the others are fictional, shaped like the records' real entries.

describe('cleanRecordedName', () => {
  it.each([
    ['Mr. MANITSKI', 'Manitski'],
    [' QUILLFEATHER ', 'Quillfeather'],
    ['SOLANA MORALES', 'Solana Morales'],
    ['Mr. Toomas Hendrik Ilves', 'Toomas Hendrik Ilves'],
    ['TOOMAS HENDRIK ILVES', 'Toomas Hendrik Ilves'],
    ['Mrs. Dalia Grybauskaitė', 'Dalia Grybauskaitė'],
    ['Ms. Ada Quillfeather', 'Ada Quillfeather'],
    ['Mme Ada QUILLFEATHER', 'Ada Quillfeather'],
    ['H.E. Mr. Irving Example', 'Irving Example'],
    ['His Excellency Mr. Irving Example', 'Irving Example'],
    ['Her Excellency Dr. Ada Quillfeather', 'Ada Quillfeather'],
    ['Dr. The Honourable Irving E. EXAMPLE', 'Irving E. Example'],
    ['The Honorable Ada SAMPLE MP', 'Ada Sample'],
    ['Sir Irving EXAMPLE', 'Irving Example'],
    ['Dame Ada SAMPLE', 'Ada Sample'],
    ['Grand Chief Rt. HON. SIR IRVING T. EXAMPLE, GOL, GCMG, CH, CF, KStJ  ', 'Grand Chief Irving T. Example'],
    ['Dr. Ada Sample, MBBS, MD', 'Ada Sample'],
  ])('drops courtesy titles and post-nominals: %j → %j', (raw, clean) => {
    expect(cleanRecordedName(raw)).toBe(clean)
  })

  it.each([
    ['His Majesty King Ruprecht IV', 'King Ruprecht IV'],
    ['HIGHNESS SHEIKH KARIM AL-OMAR AL-EXAMPLE', 'Sheikh Karim Al-Omar Al-Example'],
    ['Sheikha Ada Example', 'Sheikha Ada Example'],
    ['Alhaji Sir Irving KARIM EXAMPLE', 'Alhaji Irving Karim Example'],
    ['Pak Su Hon', 'Pak Su Hon'],
    ['Joseph R. Biden, Jr', 'Joseph R. Biden, Jr'],
  ])('keeps the titles people are named by, suffixes and names that look like titles: %j → %j', (raw, clean) => {
    expect(cleanRecordedName(raw)).toBe(clean)
  })

  it.each([
    ['JEAN-CLAUDE EXAMPLE', 'Jean-Claude Example'],
    ["O'NEILL", "O'Neill"],
    ["Mr. D'EXAMPLE SAMPLE", "D'Example Sample"],
    ["MA'I'ALEVA", "Ma'i'aleva"],
    ['DOMINIQUE DE VILLEPIN', 'Dominique de Villepin'],
    ['Mr. DE SAMPLE', 'De Sample'],
    ['Mr. VAN DEN EXAMPLE', 'Van den Example'],
    ['ADA VAN DEN EXAMPLE', 'Ada van den Example'],
    ['IRVING ADAO DA SAMPLE', 'Irving Adao da Sample'],
    ['KARIM BIN EXAMPLE', 'Karim bin Example'],
    ['ADA SAMPLE Y SAMPLE ORTIZ', 'Ada Sample y Sample Ortiz'],
    ['Mr. MCDONALD', 'McDonald'],
    ['Mr. MACDONALD', 'MacDonald'],
    ['Mr. MACHIN', 'Machin'],
    ['Mr. MACARIO', 'Macario'],
    ['KING RUPRECHT IV', 'King Ruprecht IV'],
    ['U KYAW EXAMPLE', 'U Kyaw Example'],
    ['XI EXAMPLE', 'Xi Example'],
  ])('re-cases names in capitals: %j → %j', (raw, clean) => {
    expect(cleanRecordedName(raw)).toBe(clean)
  })

  it.each([
    ['McDonald', 'McDonald'],
    ['Ada de Villepin-Example', 'Ada de Villepin-Example'],
    ['Adao da Sample', 'Adao da Sample'],
    ['JD Example', 'JD Example'],
    ['Mr. Karim Bin Omar Bin EXAMPLE', 'Karim Bin Omar Bin Example'],
    ['Mr. LE Van EXAMPLE', 'Le Van Example'],
    ['Mr. McSAMPLE', 'McSample'],
    ['MacSAMPLE', 'MacSample'],
  ])('keeps a name in mixed case as written, but for its words in capitals: %j → %j', (raw, clean) => {
    expect(cleanRecordedName(raw)).toBe(clean)
  })

  it.each([
    ['Mr; Irving Example', 'Irving Example'],
    ['Mir. QUILLFEATHER', 'Quillfeather'],
    ['Mir Karim Example', 'Mir Karim Example'],
    ['Mr.Mr.Vivian Example', 'Vivian Example'],
    ['Mr . VAN SAMPLE ', 'Van Sample'],
    ['Mr. QUILLFEATHER:', 'Quillfeather'],
    ['Sheikh Karim Omar Al-Omar\nAl-Example', 'Sheikh Karim Omar Al-Omar Al-Example'],
    ['Karim Omar Al- Example', 'Karim Omar Al-Example'],
    ['Ada Sampl"ean', 'Ada Samplean'],
    ['"Irving Example"', 'Irving Example'],
    ["'Irving Example'", 'Irving Example'],
    ["\"'Irving Example'\"", 'Irving Example'],
    ["''Irving Example''", 'Irving Example'],
    ['Sione ’Ofaexample Sample', 'Sione ’Ofaexample Sample'],
    ['Mr. Quillfeather (first name not provided)', 'Quillfeather'],
    ['Ivo Ka\x9aparek', 'Ivo Kašparek'],
    ['Haji Karim Mu\x92example,', 'Haji Karim Mu’example'],
  ])('drops stray spaces, quotes, punctuation and notes: %j → %j', (raw, clean) => {
    expect(cleanRecordedName(raw)).toBe(clean)
  })

  it.each(['', '   ', 'Mr.', 'MR', 'His Excellency', 'H.E. Mr.', 'Rt. Hon.', '""', '(first name not provided)', ' . ', 'Mr. 42'])('has no name in %j', (raw) => {
    expect(cleanRecordedName(raw)).toBeUndefined()
  })
})

// Inputs built from parts whose letters are known: courtesy titles (which go), name words
// (which stay), spacing and quotes (which carry no letters).
const COURTESY = ['Mr.', 'MR.', 'mr.', 'Mr', 'Mr;', 'Mrs.', 'Ms.', 'Mme', 'Mlle', 'Dr.', 'Prof.', 'Sir', 'Dame', 'H.E.', 'His Excellency', 'Her Excellency', 'His Majesty', 'His Royal Highness', 'The Honourable', 'Rt. Hon.']
const POST_NOMINAL = [', MP', ', GCMG, KBE', ', OBE', ', MBBS, MD']
const NOTE = ['(first name not provided)', '(acting)']
// Words the cleaner may drop, which a name word must therefore not be (compared folded, stops removed).
const DROPPABLE = new Set(
  `mr mrs ms mx miss mme mlle messrs dr prof professor sir dame rev he hm hh hrh excellency excellencies majesty majesties
  highness highnesses honourable honorable hon his her their royal serene the rt right mp md ch cf td pc kc qc kg gol
  obe mbe cbe kbe dbe gcmg kcmg cmg gcb gcvo gcfr mbbs kstj phd`.split(/\s+/),
)
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéöšğıİßłøÆÑ']
const part = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 }).map((l) => l.join(''))
const nameWord = fc
  .oneof(part, fc.tuple(part, fc.constantFrom("'", '’', '-'), part).map((p) => p.join('')), fc.constantFrom(...LETTERS).map((l) => `${l}.`))
  .filter((w) => !DROPPABLE.has(w.toLowerCase().replace(/\./g, '')))
const space = fc.constantFrom(' ', '  ', '\n', '\t', ' \u00a0')
const shout = (word: string, loud: boolean) => (loud ? word.toUpperCase() : word)

const recordedName = fc
  .record({
    courtesy: fc.array(fc.constantFrom(...COURTESY), { maxLength: 3 }),
    words: fc.array(fc.tuple(nameWord, fc.boolean()), { maxLength: 5 }),
    allCaps: fc.boolean(),
    postNominal: fc.option(fc.constantFrom(...POST_NOMINAL)),
    note: fc.option(fc.constantFrom(...NOTE)),
    quotes: fc.array(fc.constantFrom('"', "'", '‘’', '“”'), { maxLength: 2 }),
    gaps: fc.array(space, { minLength: 12, maxLength: 12 }),
  })
  .map(({ courtesy, words, allCaps, postNominal, note, quotes, gaps }) => {
    const name = words.map(([w, loud]) => shout(w, allCaps || loud))
    const parts = [...courtesy, ...name]
    const text = parts.map((p, i) => `${gaps[i % gaps.length]}${p}`).join('')
    const tail = name.length > 0 ? `${postNominal ?? ''}${note ? ` ${note}` : ''}` : ''
    const raw = quotes.reduce((inner, q) => `${q.charAt(0)}${inner}${q.charAt(q.length - 1)}`, `${text}${tail}`)
    return { raw, name }
  })

/** The letters of a text, case-folded. */
const letters = (text: string) => [...text.normalize('NFC').toLowerCase()].filter((ch) => /\p{L}/u.test(ch)).join('')

describe('cleanRecordedName, for any recorded name', () => {
  it('is idempotent: clean(clean(x)) = clean(x)', () => {
    const clean = (x: string) => cleanRecordedName(x)
    const anyText = fc.oneof(
      recordedName.map((r) => r.raw),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    )
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = clean(raw)
        expect(once === undefined ? undefined : clean(once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  })

  // Precisely: for x = courtesy titles + name words + [post-nominals after a comma] + [a note in
  // brackets], joined by any spacing and wrapped in up to two pairs of quotes, letters(clean(x)) =
  // letters(name words), where letters() keeps the Unicode letters of the NFC text in lower case;
  // clean(x) is undefined exactly when the name words hold no letter.
  it('keeps every letter of the name, and only those', () => {
    fc.assert(
      fc.property(recordedName, ({ raw, name }) => {
        const expected = letters(name.join(' '))
        const cleaned = cleanRecordedName(raw)
        if (expected === '') expect(cleaned).toBeUndefined()
        else expect(letters(cleaned ?? '')).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })
})
