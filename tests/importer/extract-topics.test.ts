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
