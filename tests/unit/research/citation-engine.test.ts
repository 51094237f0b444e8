import { describe, expect, it, vi } from 'vitest'
import type { Statement } from '../../../src/corpus/schema.ts'
import { citationFile, citeStatement } from '../../../src/research/citation-engine.ts'
import { cslItem } from '../../../src/research/csl-item.ts'
import { SEED_ID, seedStatement } from '../../fixtures/corpus.ts'
import { HOSTILE_STATEMENTS } from '../../fixtures/hostile-statements.ts'

// citeproc-js reads the three CSL styles on the first citation: seconds on this machine.
vi.setConfig({ testTimeout: 60_000 })

const seed: Statement = seedStatement
const archiveUrl = `https://archive.example/statements/${SEED_ID}`
const input = { statement: seed, archiveUrl, accessed: '2026-03-05', countryName: 'Estonia' }
const style = (c: ReturnType<typeof citeStatement>, id: string) => c.formatted.find((f) => f.id === id)!

/** A fictional statement shaped like a UN General Debate address (collections/ungdc.yaml). */
const generalDebate: Statement = {
  ...seed,
  id: '2016-veloria-at-the-un-general-debate-71st-session',
  date: '2016',
  title: 'Veloria at the UN General Debate, 71st session (2016)',
  type: 'remarks',
  speakers: [{ id: 'ada-quillfeather', name: 'Ada Quillfeather', role: 'Foreign Minister' }],
  issuer: 'Veloria (fictional)',
  place: 'United Nations General Assembly, General Debate',
  source: { publisher: 'UN General Debate Corpus' },
  quotes: undefined,
  synthetic: true,
}
const debateInput = { statement: generalDebate, archiveUrl, accessed: '2026-03-05', countryName: 'Veloria (fictional)' }

/** True when every brace opened in the BibTeX text is closed, and none closes early. */
function bracesBalance(bib: string): boolean {
  let depth = 0
  for (const [i, c] of [...bib].entries()) {
    if (bib[i - 1] === '\\') continue
    if (c === '{') depth++
    if (c === '}' && --depth < 0) return false
  }
  return depth === 0
}

describe('formatted citations (citeproc-js with the CSL styles)', () => {
  it('cites a press release in Chicago author-date, APA 7 and MLA 9, as their press-release examples do', () => {
    const c = citeStatement(input)
    expect(style(c, 'chicago-author-date').reference).toBe(
      'Kaljurand, Marina. 2016. “Foreign Minister Kaljurand: The EU and NATO Must Intensify Cybersecurity Cooperation.” ' +
        `Press release. Estonian Ministry of Foreign Affairs. April 7, 2016. ${archiveUrl}.`,
    )
    expect(style(c, 'apa-7').reference).toBe(
      'Kaljurand, M. (2016, April 7). Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation ' +
        `[Press release]. Estonian Ministry of Foreign Affairs. ${archiveUrl}`,
    )
    expect(style(c, 'modern-language-association').reference).toBe(
      'Kaljurand, Marina. Foreign Minister Kaljurand: The EU and NATO Must Intensify Cybersecurity Cooperation. ' +
        `Estonian Ministry of Foreign Affairs, 7 Apr. 2016. Statement Archive, ${archiveUrl}.`,
    )
    expect(c.formatted.map((f) => f.inText)).toEqual(['(Kaljurand 2016)', '(Kaljurand, 2016)', '(Kaljurand)'])
  })

  it('pins one paragraph as a CSL locator, and links it with #pN', () => {
    const c = citeStatement({ ...input, paragraph: 3 })
    expect(c.formatted.map((f) => f.inText)).toEqual(['(Kaljurand 2016, para. 3)', '(Kaljurand, 2016, para. 3)', '(Kaljurand, para.3)'])
    for (const f of c.formatted) expect(f.reference).toContain(`${archiveUrl}#p3`)
    expect(c.ris.split('\r\n')).toContain(`UR  - ${archiveUrl}#p3`)
    expect(c.bibtex.startsWith('@misc{kaljurand2016foreign_p3,\n')).toBe(true)
    expect(JSON.parse(c.cslJson)[0].URL).toBe(`${archiveUrl}#p3`)
  })

  it('cites a General Debate speech as a speech at that event, dated to the year as recorded', () => {
    const c = citeStatement(debateInput)
    expect(style(c, 'chicago-author-date').reference).toBe(
      'Quillfeather, Ada. 2016. “Veloria at the UN General Debate, 71st Session (2016).” Remarks presented at the United Nations General Assembly, General Debate. ' +
        `${archiveUrl}.`,
    )
    expect(style(c, 'apa-7').reference).toBe(
      'Quillfeather, A. (2016). Veloria at the UN General Debate, 71st session (2016) [Remarks]. ' +
        `United Nations General Assembly, General Debate. Veloria (fictional). ${archiveUrl}`,
    )
    expect(style(c, 'modern-language-association').reference).toBe(
      'Quillfeather, Ada. Veloria at the UN General Debate, 71st Session (2016). Veloria (fictional). ' +
        `United Nations General Assembly, General Debate, 2016, Statement Archive, ${archiveUrl}.`,
    )
  })

  it('names the issuer as author when no speaker is recorded, without repeating it as publisher, and links only http(s) sources', () => {
    const bare: Statement = { ...seed, speakers: [], quotes: [], source: { url: 'javascript:alert(1)' } }
    const c = citeStatement({ ...input, statement: bare })
    expect(style(c, 'apa-7').reference).toBe(
      `Estonian Ministry of Foreign Affairs. (2016, April 7). Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation [Press release]. ${archiveUrl}`,
    )
    expect(JSON.stringify(c)).not.toContain('javascript')
    expect(c.bibtex).toContain('author = {{Estonian Ministry of Foreign Affairs}}')
    expect(c.ris.split('\r\n')).toContain('AU  - Estonian Ministry of Foreign Affairs')
  })
})

describe('BibTeX, RIS and CSL-JSON (citation-js)', () => {
  it('writes BibTeX with inverted names, the month and day, and the archive link', () => {
    const bib = citeStatement(input).bibtex
    expect(bib.startsWith('@misc{kaljurand2016foreign,\n')).toBe(true)
    expect(bib).toContain('\tauthor = {Kaljurand, Marina},')
    expect(bib).toContain('\tyear = {2016},')
    // citation-js writes the day with the month, braced, where a hand-written entry had `apr`.
    expect(bib).toContain('\tmonth = {apr 7},')
    expect(bib).toContain(`\turl = {${archiveUrl}},`)
    expect(bib).toContain('\tnote = {On behalf of Estonia; Given in Brussels},')
    expect(bracesBalance(bib)).toBe(true)
  })

  it('escapes what BibTeX reads as syntax, in titles and in an issuer’s name alike', () => {
    const hostile: Statement = { ...seed, speakers: [], title: 'Closing } brace and \\input{secrets}', issuer: 'Ministry } of {Fixtures} & Co' }
    const bib = citeStatement({ ...input, statement: hostile }).bibtex
    expect(bib).toContain('title = {Closing \\textbraceright{} brace and \\textbackslash{}input\\textbraceleft{}secrets\\textbraceright{}}')
    expect(bib).toContain('author = {{Ministry \\textbraceright{} of \\textbraceleft{}Fixtures\\textbraceright{} \\& Co}}')
    expect(bracesBalance(bib)).toBe(true)
    // " and " in an organisation's name would make BibTeX read two authors.
    const and = citeStatement({ ...input, statement: { ...hostile, issuer: 'Ministry of Defence and Veterans' } }).bibtex
    expect(and).toContain('author = {{Ministry of Defence and Veterans}}')
  })

  it('writes RIS one tag a line, never wrapped, with CRLF and an end-of-record tag', () => {
    const ris = citeStatement(input).ris.split('\r\n')
    expect(ris[0]).toBe('TY  - ELEC')
    expect(ris).toContain('AU  - Kaljurand, Marina')
    expect(ris).toContain('TI  - Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation')
    expect(ris).toContain('PY  - 2016')
    // RIS dates are YYYY/MM/DD/; citation-js leaves the month and day unpadded.
    expect(ris).toContain('DA  - 2016/4/7/')
    expect(ris).toContain('PB  - Estonian Ministry of Foreign Affairs')
    expect(ris.at(-2)).toBe('ER  - ')
    expect(ris.slice(0, -1).every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true)
    // A speech is a presentation (SLIDE) in RIS, not citation-js's SOUND, an audio recording.
    expect(citeStatement(debateInput).ris.startsWith('TY  - SLIDE\r\n')).toBe(true)
  })

  it('keeps a date known only to the year or the month as recorded: CSL date-parts, BibTeX year, RIS PY', () => {
    const year = citeStatement(debateInput)
    expect(JSON.parse(year.cslJson)[0].issued).toEqual({ 'date-parts': [[2016]] })
    expect(year.bibtex).toContain('year = {2016}')
    expect(year.bibtex).not.toMatch(/month =/)
    const ris = year.ris.split('\r\n')
    expect(ris).toContain('PY  - 2016')
    expect(ris).toContain('DA  - 2016///')
    expect(ris).toContain('N1  - On behalf of Veloria (fictional)')
    const month = citeStatement({ ...debateInput, statement: { ...generalDebate, date: '2016-09' } })
    expect(JSON.parse(month.cslJson)[0].issued).toEqual({ 'date-parts': [[2016, 9]] })
    expect(month.bibtex).toContain('month = {9}')
    expect(month.ris.split('\r\n')).toContain('DA  - 2016/9//')
    expect(style(month, 'apa-7').reference).toContain('(2016, September)')
  })

  it('keeps hostile text inert: no field closes early, no line starts a tag of its own', () => {
    for (const statement of HOSTILE_STATEMENTS) {
      const c = citeStatement({ ...input, statement: { ...statement, title: `${statement.title}\nER  - \nTY  - JOUR` } })
      expect(bracesBalance(c.bibtex)).toBe(true)
      const ris = c.ris.split('\r\n')
      expect(ris.filter((l) => l.startsWith('TY  -'))).toHaveLength(1)
      expect(ris.filter((l) => l.startsWith('ER  -'))).toHaveLength(1)
      expect(JSON.parse(c.cslJson)[0].title).toContain('ER  - ')
    }
  })

  it('writes one file for many statements, with a unique key for each', () => {
    const bib = citationFile([input, input, debateInput], 'bibtex')
    expect(bib.match(/^@misc\{[^,]+,/gm)).toEqual(['@misc{kaljurand2016foreign,', '@misc{kaljurand2016foreign_2,', '@misc{quillfeather2016veloria,'])
    expect(citationFile([input, debateInput], 'ris').match(/^TY {2}- /gm)).toHaveLength(2)
    expect(JSON.parse(citationFile([input, debateInput], 'csl-json')).map((i: { type: string }) => i.type)).toEqual(['webpage', 'speech'])
  })
})

describe('the CSL-JSON item', () => {
  it('gives speakers as family and given names, with particles apart', () => {
    const item = cslItem({ ...input, statement: { ...seed, speakers: [{ id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen' }, { id: 'cher', name: 'Cher' }] } })
    expect(item.author).toEqual([{ given: 'Ursula', 'non-dropping-particle': 'von der', family: 'Leyen' }, { literal: 'Cher' }])
    expect(item.publisher).toBe('Estonian Ministry of Foreign Affairs')
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 3, 5]] })
  })

  it('cites a statement with neither speaker nor issuer by the state it was given for, or by its title', () => {
    const none: Statement = { ...seed, speakers: [], issuer: undefined }
    expect(cslItem({ ...input, statement: none }).author).toEqual([{ literal: 'Estonia' }])
    expect(cslItem({ ...input, statement: none, countryName: undefined }).author).toBeUndefined()
  })
})
