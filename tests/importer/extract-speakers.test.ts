// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { StatementType } from '../../src/corpus/schema.ts'
import { completeNameFromText, speakersFromTitle } from '../../src/importer/extract-speakers.ts'
import { cleanRecordedName } from '../../src/importer/person-names.ts'

const speakers = (title: string, type: StatementType) => speakersFromTitle(title, type)

const TITLES: Array<[string, StatementType, Array<{ name: string; role?: string }>]> = [
    ['Statement by NSC Spokesperson Emily Horne on the Visit', 'statement', [{ name: 'Emily Horne', role: 'NSC Spokesperson' }]],
    [
      'Remarks by President Biden and NATO Secretary General Jens Stoltenberg Before Bilateral Meeting',
      'remarks',
      [
        { name: 'Biden', role: 'President' },
        { name: 'Jens Stoltenberg', role: 'NATO Secretary General' },
      ],
    ],
    [
      'Press Briefing by Press Secretary Jen Psaki, Homeland Security Advisor Dr. Elizabeth Sherwood-Randall, and Deputy National Security Advisor for Cyber and Emerging Technology Anne Neuberger, February 18, 2022',
      'press-briefing',
      [
        { name: 'Jen Psaki', role: 'Press Secretary' },
        { name: 'Elizabeth Sherwood-Randall', role: 'Homeland Security Advisor' },
        { name: 'Anne Neuberger', role: 'Deputy National Security Advisor for Cyber and Emerging Technology' },
      ],
    ],
    [
      'On-the-Record Press Call by Kurt Campbell, Deputy Assistant to the President and Coordinator for the Indo-Pacific, National Security Council',
      'press-briefing',
      [{ name: 'Kurt Campbell', role: 'Deputy Assistant to the President and Coordinator for the Indo-Pacific, National Security Council' }],
    ],
    ['Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation', 'press-release', [{ name: 'Kaljurand', role: 'Foreign Minister' }]],
    ['Statement of President Joseph R. Biden, Jr. on the Anniversary', 'statement', [{ name: 'Joseph R. Biden Jr.', role: 'President' }]],
    [
      'Remarks by President Biden, Prime Minister Fumio Kishida of Japan, and President Yoon Suk Yeol of the Republic of Korea in Joint Press Conference',
      'remarks',
      [
        { name: 'Biden', role: 'President' },
        { name: 'Fumio Kishida', role: 'Prime Minister of Japan' },
        { name: 'Yoon Suk Yeol', role: 'President of the Republic of Korea' },
      ],
    ],
    [
      'Press Briefing by Press Secretary Jen Psaki and Secretary of Labor Marty Walsh, April 2, 2021',
      'press-briefing',
      [
        { name: 'Jen Psaki', role: 'Press Secretary' },
        { name: 'Marty Walsh', role: 'Secretary of Labor' },
      ],
    ],
    ['Statement by Secretary of Health and Human Services Xavier Becerra on the Report', 'statement', [{ name: 'Xavier Becerra', role: 'Secretary of Health and Human Services' }]],
    ['Press Gaggle by Press Secretary Karine Jean-Pierre En Route Milwaukee, WI', 'press-briefing', [{ name: 'Karine Jean-Pierre', role: 'Press Secretary' }]],
    ['Remarks by President Biden to the United Nations General Assembly', 'remarks', [{ name: 'Biden', role: 'President' }]],
    ['Statement from President Biden Congratulating President-elect Example Person', 'statement', [{ name: 'Biden', role: 'President' }]],
    ['Inaugural Address by President Joseph R. Biden, Jr.', 'remarks', [{ name: 'Joseph R. Biden Jr.', role: 'President' }]],
    ['REMARKS BY VICE PRESIDENT HARRIS AFTER A MEETING', 'remarks', [{ name: 'Harris', role: 'Vice President' }]],
    [
      'Remarks as Prepared for Delivery by Assistant to the President for Homeland Security, Dr. Liz Example-Person on Strategy',
      'remarks',
      [{ name: 'Liz Example-Person', role: 'Assistant to the President for Homeland Security' }],
    ],
    ['First Lady Jill Biden Announces the Holiday Theme: Gifts', 'press-release', []],
    [
      'Remarks by President Biden and His Majesty King Ruprecht IV of Veloria After a Meeting',
      'remarks',
      [
        { name: 'Biden', role: 'President' },
        { name: 'Ruprecht IV', role: 'King of Veloria' },
      ],
    ],
    ['Remarks by Her Excellency President Ada Quillfeather of Veloria', 'remarks', [{ name: 'Ada Quillfeather', role: 'President of Veloria' }]],
]

describe('speakersFromTitle', () => {
  it.each(TITLES)('%s', (title, type, expected) => {
    expect(speakers(title, type)).toEqual(expected)
  })

  // The registry cleans every name it is given (cleanRecordedName), for records that write
  // "Mr. MANITSKI"; a name read from a title must come through that unchanged.
  it('reads names that are already clean', () => {
    const names = TITLES.flatMap(([title, type]) => speakers(title, type).map((p) => p.name))
    expect(names.length).toBeGreaterThan(20)
    for (const name of names) expect(cleanRecordedName(name)).toBe(name)
  })

  it.each<[string, StatementType]>([
    ['Background Press Call by Senior Administration Officials on the Summit', 'press-briefing'],
    ['Statement from the Press Secretary on the Visit', 'statement'],
    ['Readout of President Biden’s Call with Chancellor Example', 'readout'],
    ['Fact Sheet: President Biden Announces New Actions', 'fact-sheet'],
    ['Presidential Permit: Authorizing Example Pipeline Company to Construct Facilities', 'press-release'],
    ['ICYMI: Example Newspaper Praises the Plan', 'press-release'],
    ['Joint Statement by the Leaders of Australia, India, Japan, and New Zealand', 'joint-statement'],
  ])('names nobody in "%s"', (title, type) => {
    expect(speakers(title, type)).toEqual([])
  })
})

describe('completeNameFromText', () => {
  it('takes the full name written after the same office in the text', () => {
    const paragraphs = ['Speaking in Brussels, Foreign Minister Marina Kaljurand stressed the point.']
    expect(completeNameFromText({ name: 'Kaljurand', role: 'Foreign Minister' }, paragraphs)).toEqual({ name: 'Marina Kaljurand', role: 'Foreign Minister' })
  })

  it('does not take a relative under another office', () => {
    const paragraphs = ['First Lady Jill Biden joined the event.']
    expect(completeNameFromText({ name: 'Biden', role: 'President' }, paragraphs)).toEqual({ name: 'Biden', role: 'President' })
  })
})
