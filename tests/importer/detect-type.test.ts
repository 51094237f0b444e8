// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { detectType } from '../../src/importer/detect-type.ts'

describe('detectType', () => {
  it.each([
    ['Statement by NSC Spokesperson Emily Horne on the Visit of a Delegation', 'statement'],
    ['Statement from President Joe Biden on the Flooding in Brazil', 'statement'],
    ['Statement of President Joseph R. Biden, Jr. on the Anniversary of the Act', 'statement'],
    ['Joint Statement on the Second Ministerial Meeting', 'joint-statement'],
    ['U.S.-Japan Joint Leaders’ Statement: A Partnership for the Future', 'joint-statement'],
    ['Remarks by President Biden and NATO Secretary General Jens Stoltenberg Before Bilateral Meeting', 'remarks'],
    ['Remarks as Prepared for Delivery by First Lady Jill Biden at a Celebration', 'remarks'],
    ['Press Briefing by Press Secretary Jen Psaki, February 1, 2022', 'press-briefing'],
    ['Press Gaggle by Press Secretary Karine Jean-Pierre En Route Milwaukee, WI', 'press-briefing'],
    ['Background Press Call by Senior Administration Officials on the Summit', 'press-briefing'],
    ['On-the-Record Press Call by Kurt Campbell, Deputy Assistant to the President', 'press-briefing'],
    ['Readout of President Biden’s Call with Prime Minister Example of Nowhere', 'readout'],
    ['FACT SHEET: The Administration Announces New Actions', 'fact-sheet'],
    ['Fact Sheet: President-elect Biden Outlines COVID-19 Vaccination Plan', 'fact-sheet'],
    ['Letter to the Speaker of the House and President of the Senate', 'letter'],
    ['Letters to the Speaker of the House on the Continuation of the National Emergency', 'letter'],
    ['A Proclamation on National Example Week, 2023', 'proclamation'],
    ['Executive Order on Improving the Nation’s Cybersecurity', 'executive-order'],
    ['Memorandum on Delegation of Authority Under Section 1', 'memorandum'],
    ['Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation', 'press-release'],
    ['President Joseph R. Biden, Jr. Approves Example State Disaster Declaration', 'press-release'],
  ])('%s → %s', (title, type) => {
    expect(detectType({ title })).toBe(type)
  })

  it('lets the title win over a folder that disagrees', () => {
    expect(detectType({ title: 'Press Gaggle by Press Secretary Jen Psaki Aboard Air Force One', folders: ['wh', 'speeches-remarks', '2021-06'] })).toBe('press-briefing')
  })

  it('falls back to the nearest folder when the title says nothing', () => {
    expect(detectType({ title: 'Nominations Sent to the Senate', folders: ['archive', 'speeches-remarks', '2022-01'] })).toBe('remarks')
    expect(detectType({ title: 'Nominations Sent to the Senate', folders: ['press-briefings', 'misc'] })).toBe('press-briefing')
  })

  it('reads legal instruments by their formulae when the title is bare', () => {
    const order = ['By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:', 'Section 1. Purpose.']
    expect(detectType({ title: 'Preserving an Example Tradition', paragraphs: order, folders: ['presidential-actions'] })).toBe('executive-order')
    const proclamation = ['Text.', 'NOW, THEREFORE, I, EXAMPLE PERSON, President of the United States of America, do hereby proclaim May 1 as Example Day.']
    expect(detectType({ title: 'Example Day, 2025', paragraphs: proclamation })).toBe('proclamation')
  })

  it('says other when nothing tells', () => {
    expect(detectType({ title: 'Visitor Logs Posted', folders: ['misc'] })).toBe('other')
  })
})
