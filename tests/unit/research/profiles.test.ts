import { describe, expect, it } from 'vitest'
import { speakerProfile, topicProfile } from '../../../src/research/profiles.ts'
import { inMemoryEngine } from '../../../src/search/in-memory-engine.ts'
import { fixtureCorpus, SEED_ID } from '../../fixtures/corpus.ts'

const corpus = fixtureCorpus(60)
const engine = inMemoryEngine(corpus)

describe('speaker and topic profiles', () => {
  it('gathers a speaker: statements newest first, roles with their dates, topics, quotations', () => {
    const profile = speakerProfile(engine, 'marina-kaljurand')
    expect(profile.name).toBe('Marina Kaljurand')
    expect(profile.statements.map((s) => s.id)).toContain(SEED_ID)
    expect(profile.roles).toEqual([
      expect.objectContaining({ role: 'Foreign Minister of Estonia', from: '2016-04-07', statements: profile.total }),
    ])
    expect(profile.topics.map((t) => t.id)).toContain('eu-nato')
    expect(profile.quotes.length).toBeGreaterThan(0)
    expect(profile.quotes.every((q) => q.quote.speaker === 'marina-kaljurand')).toBe(true)
  })

  it('counts exactly the statements that name the speaker, newest first', () => {
    const id = 'ada-quillfeather'
    const expected = corpus.statements.filter((s) => s.speakers.some((sp) => sp.id === id))
    const profile = speakerProfile(engine, id)
    expect(profile.total).toBe(expected.length)
    const dates = profile.statements.map((s) => s.date)
    expect(dates).toEqual([...dates].sort().reverse())
    // The document indexes travel with the statements, for loading their bodies.
    expect(profile.docs.map((doc) => engine.statements[doc]?.id)).toEqual(profile.statements.map((s) => s.id))
  })

  it('gathers a topic with its speakers', () => {
    const profile = topicProfile(engine, 'eu-nato')
    expect(profile.label).toBe('EU–NATO cooperation')
    expect(profile.total).toBe(corpus.statements.filter((s) => s.topics.includes('eu-nato')).length)
    expect(profile.speakers.map((s) => s.id)).toContain('marina-kaljurand')
  })
})
