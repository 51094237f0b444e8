// @vitest-environment node
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { topicsFileSchema } from '../../src/corpus/schema.ts'
import { compileTopicRules, tagTopics } from '../../src/importer/extract-topics.ts'
import { TOPICS_FILE } from './fixtures.ts'

const rules = compileTopicRules(topicsFileSchema.parse(JSON.parse(fs.readFileSync(TOPICS_FILE, 'utf8'))))
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} is about roads, bridges and budgets in general.`)

describe('tagTopics', () => {
  it('does not read NATO into Senator, SENATOR or senatorial', () => {
    const paragraphs = ['Senator Example Person spoke.', 'SENATOR PERSON: Thank you.', 'A senatorial race.', 'The senator agreed.']
    expect(tagTopics('Remarks by Senator Example Person', paragraphs, rules)).not.toContain('nato')
  })

  it('matches acronyms only with their case', () => {
    expect(tagTopics('Remarks on nato and eu', filler(3), rules)).toEqual([])
    expect(tagTopics('Remarks on NATO', filler(3), rules)).toContain('nato')
  })

  it('tags a topic named in the title', () => {
    expect(tagTopics('Statement on Ransomware', filler(3), rules)).toEqual(['ransomware'])
  })

  it('does not tag a passing mention in the text', () => {
    const paragraphs = [...filler(10), 'We also discussed ransomware briefly.', ...filler(10)]
    expect(tagTopics('Remarks on Infrastructure Week', paragraphs, rules)).not.toContain('ransomware')
  })

  it('tags a topic the text keeps returning to', () => {
    const paragraphs = ['Ransomware hit hospitals.', 'We will fight ransomware.', 'Ransomware gangs will pay.']
    expect(tagTopics('Remarks on Health', paragraphs, rules)).toContain('ransomware')
  })

  it('needs more mentions in a long text', () => {
    const long = [...filler(300), 'Ransomware is a threat.', 'Ransomware again.']
    expect(tagTopics('Remarks', long, rules)).not.toContain('ransomware')
  })

  it('counts overlapping phrases of one topic once', () => {
    const paragraphs = ['The Cooperative Cyber Defence Centre hosted us.', ...filler(5)]
    expect(tagTopics('Remarks', paragraphs, rules)).not.toContain('cyber-defence')
    expect(tagTopics('Remarks', ['Cyber defence one.', 'More cyber defence.'], rules)).toContain('cyber-defence')
  })
})

// A fictional General Debate speech: sixteen subjects of eight sentences each, about 2,300 words
// (the median in the UN General Debate is 2,566). None of the subjects matches a topic.
const SUBJECTS = [
  'climate change', 'nuclear disarmament', 'peacekeeping', 'refugees', 'public health', 'the oceans',
  'gender equality', 'education', 'terrorism', 'migration', 'the reform of the Security Council',
  'the rights of the child', 'small island States', 'debt relief', 'trade', 'the rule of law',
]
const subject = (s: string) =>
  [
    `On ${s}, my delegation recalls the commitments made in this Hall and asks every Member State to honour them.`,
    `The record of the past year on ${s} is mixed, and the people we serve are entitled to expect more of us.`,
    `My Government has set aside new resources for ${s} and will report on their use next year.`,
    `We thank the Secretary-General for his report on ${s} and support its recommendations.`,
    `No country can address ${s} alone, and no country should be asked to.`,
    `Our region has learned, at some cost, that progress on ${s} depends on trust between neighbours.`,
    `We will work with all delegations to reach consensus on ${s} before the next session.`,
    `Let me be clear: on ${s}, words in this Assembly must be followed by deeds at home.`,
  ].join(' ')
/** The speech, with `extra` sentences appended to the paragraphs of the subjects at those positions. */
const speech = (extra: Record<number, string> = {}, passage?: string) => {
  const paragraphs = SUBJECTS.map((s, i) => (extra[i] ? `${subject(s)} ${extra[i]}` : subject(s)))
  if (passage) paragraphs.splice(SUBJECTS.length / 2, 0, passage)
  return paragraphs
}
const words = (paragraphs: readonly string[]) => paragraphs.join(' ').split(/\s+/).length
const CYBER_PASSAGE = [
  'Last spring my country was the target of sustained cyberattacks against its ministries, its banks and its newspapers.',
  'The cyber attacks came from abroad, and they were meant to silence a small democracy.',
  'Cyberattacks know no borders: a server on one continent can stop the hospitals of another.',
  'We therefore ask this Assembly to treat cybersecurity as a question of international peace and security.',
  'Cyberspace is not a lawless space; the law that binds States offline binds them in cyberspace too.',
  'My country will share what it has learned with any State that asks.',
].join(' ')

describe('tagTopics on long speeches', () => {
  it('uses a speech of General Debate length', () => {
    expect(words(speech())).toBeGreaterThan(2000)
    expect(words(speech())).toBeLessThan(3000)
    expect(tagTopics('Address to the General Assembly', speech(), rules)).toEqual([])
  })

  it('tags a topic a long speech spends a passage on', () => {
    expect(tagTopics('Address to the General Assembly', speech({}, CYBER_PASSAGE), rules)).toContain('cybersecurity')
  })

  it('does not tag one passing mention in a long speech', () => {
    const paragraphs = speech({ 8: 'Terrorists now recruit in cyberspace as well.' })
    expect(tagTopics('Address to the General Assembly', paragraphs, rules)).not.toContain('cybersecurity')
  })

  it('does not tag mentions scattered through a long speech, which would be enough in a short release', () => {
    const scattered = { 1: 'Space and cyberspace must stay peaceful.', 8: 'Terrorists recruit in cyberspace.', 14: 'Trade now runs through cyberspace.' }
    expect(tagTopics('Address to the General Assembly', speech(scattered), rules)).not.toContain('cybersecurity')
    expect(tagTopics('Press Release', Object.values(scattered), rules)).toContain('cybersecurity')
  })

  it('tags a short release whose title names the topic, however few the mentions in the text', () => {
    const paragraphs = ['The hospitals in three states have restored their systems.', 'We thank the staff who worked through the night.']
    expect(tagTopics('Statement by the Press Secretary on the Cyberattack on Hospitals', paragraphs, rules)).toEqual(['cybersecurity'])
  })

  it('counts a phrase split by a hard-wrapped line', () => {
    const lines = ['Estonia was the target of cyber', 'attacks on its banks and of cyber', 'attacks on its ministries.']
    expect(tagTopics('Address to the General Assembly', lines, rules)).toContain('cybersecurity')
  })
})
