// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { speakersFileSchema } from '../../src/corpus/speakers-schema.ts'
import { SpeakerRegistry } from '../../src/importer/speaker-registry.ts'

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

  it('merges family-name-first spellings', () => {
    const registry = new SpeakerRegistry([])
    expect(registry.resolve({ name: 'Fumio Kishida', role: 'Prime Minister' }).id).toBe(registry.resolve({ name: 'Kishida Fumio', role: 'Prime Minister of Japan' }).id)
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
