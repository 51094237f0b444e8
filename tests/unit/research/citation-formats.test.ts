import { describe, expect, it } from 'vitest'
import type { Statement } from '../../../src/corpus/schema.ts'
import { bibtexCitation, escapeBibtex, formattedCitation, risCitation } from '../../../src/research/citation-formats.ts'
import { SEED_ID, seedStatement } from '../../fixtures/corpus.ts'

const seed: Statement = seedStatement
const archiveUrl = `https://archive.example/statements/${SEED_ID}`
const input = { statement: seed, archiveUrl, accessed: '2026-03-05' }

describe('citations', () => {
  it('formats a reference with the speaker, title, date, archive link and access date', () => {
    expect(formattedCitation(input)).toBe(
      'Marina Kaljurand. “Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation.” ' +
        'Press release, Estonian Ministry of Foreign Affairs, Brussels, 7 April 2016. ' +
        `Statement Archive, ${archiveUrl}. Accessed 5 March 2026.`,
    )
  })

  it('pins one paragraph with its #pN link', () => {
    const text = formattedCitation({ ...input, paragraph: 3 })
    expect(text).toContain(', paragraph 3.')
    expect(text).toContain(`${archiveUrl}#p3.`)
    expect(risCitation({ ...input, paragraph: 3 })).toContain(`UR  - ${archiveUrl}#p3\r\n`)
  })

  it('writes BibTeX with inverted names, a month macro and the access date', () => {
    const bib = bibtexCitation(input)
    expect(bib.startsWith('@misc{kaljurand2016foreign,\n')).toBe(true)
    expect(bib).toContain('  author = {Kaljurand, Marina},')
    expect(bib).toContain('  month = apr,')
    expect(bib).toContain(`  url = {${archiveUrl}},`)
    expect(bib).toContain('  urldate = {2026-03-05},')
    expect(bib.trimEnd().endsWith('}')).toBe(true)
  })

  it('escapes the characters BibTeX would read as syntax', () => {
    expect(escapeBibtex('R&D at 50% {costs} #1_a ~ ^ \\')).toBe(
      'R\\&D at 50\\% \\{costs\\} \\#1\\_a \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    )
    const hostile: Statement = { ...seed, title: 'Closing } brace and \\input{secrets}' }
    expect(bibtexCitation({ ...input, statement: hostile })).toContain('title = {{Closing \\} brace and \\textbackslash{}input\\{secrets\\}}}')
  })

  it('writes RIS with one author per line and an end-of-record tag', () => {
    const ris = risCitation(input).split('\r\n')
    expect(ris[0]).toBe('TY  - GOVDOC')
    expect(ris).toContain('AU  - Kaljurand, Marina')
    expect(ris).toContain('DA  - 2016/04/07')
    expect(ris).toContain('Y2  - 2026/03/05')
    expect(ris.at(-2)).toBe('ER  - ')
  })

  it('names the issuer when no speaker is recorded, and links only http(s) sources', () => {
    const bare: Statement = { ...seed, speakers: [], quotes: [], source: { url: 'javascript:alert(1)' } }
    const text = formattedCitation({ ...input, statement: bare })
    expect(text.startsWith('Estonian Ministry of Foreign Affairs. ')).toBe(true)
    expect(text).not.toContain('javascript')
    expect(bibtexCitation({ ...input, statement: bare })).toContain('author = {{Estonian Ministry of Foreign Affairs}}')
  })

  it('cites a statement known only to the year as that year: no month, no day', () => {
    // A fictional statement shaped like a UN General Debate address.
    const yearOnly: Statement = {
      ...seed,
      id: '2016-veloria-at-the-general-debate',
      date: '2016',
      title: 'Veloria at the General Debate, 71st session (2016)',
      type: 'remarks',
      speakers: [{ id: 'ada-quillfeather', name: 'Ada Quillfeather', role: 'Foreign Minister' }],
      issuer: undefined,
      place: undefined,
      quotes: undefined,
      synthetic: true,
    }
    const cite = { statement: yearOnly, archiveUrl, accessed: '2026-03-05', countryName: 'Veloria (fictional)' }
    expect(formattedCitation(cite)).toContain('Remarks, Veloria (fictional), 2016. ')
    const bib = bibtexCitation(cite)
    expect(bib).toContain('year = {2016}')
    expect(bib).toContain('date = {2016}')
    expect(bib).not.toMatch(/month =/)
    expect(bib).toContain('on behalf of Veloria (fictional)')
    const ris = risCitation(cite).split('\r\n')
    expect(ris).toContain('PY  - 2016')
    expect(ris.some((l) => l.startsWith('DA  -'))).toBe(false)
    expect(ris).toContain('N1  - On behalf of Veloria (fictional)')
    // Known to the month, RIS gives the month and leaves the day empty.
    const month = risCitation({ ...cite, statement: { ...yearOnly, date: '2016-09' } }).split('\r\n')
    expect(month).toContain('DA  - 2016/09/')
    expect(bibtexCitation({ ...cite, statement: { ...yearOnly, date: '2016-09' } })).toContain('month = sep')
  })
})
