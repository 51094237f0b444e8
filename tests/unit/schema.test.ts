import { describe, expect, it } from 'vitest'
import { describeIssues, statementSchema } from '../../src/corpus/schema.ts'
import { generateSyntheticStatements } from '../../src/corpus/synthetic.ts'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { seedStatement } from '../fixtures/corpus.ts'

/** The repository's own statements: checked, never counted, so the collection can grow. */
function dataStatements(): unknown[] {
  const dir = path.resolve(import.meta.dirname, '../../data/statements')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')))
}

const valid = {
  id: '2020-05-01-fictional-minister-on-testing',
  date: '2020-05-01',
  title: 'Fictional Minister on testing',
  type: 'statement',
  speakers: [{ id: 'ada-quillfeather', name: 'Ada Quillfeather', role: 'Foreign Minister of Veloria' }],
  topics: ['cybersecurity'],
  paragraphs: ['First paragraph.', '“We test everything,” Quillfeather said.'],
  quotes: [{ speaker: 'ada-quillfeather', text: 'We test everything', paragraph: 1 }],
  synthetic: true,
}

function problems(input: unknown): string[] {
  const result = statementSchema.safeParse(input)
  return result.success ? [] : describeIssues(result.error)
}

describe('statement schema', () => {
  it('accepts every statement in data/statements, and the tests’ copy of the seed', () => {
    const all = dataStatements()
    expect(all.length).toBeGreaterThan(0)
    for (const statement of [...all, seedStatement]) expect(problems(statement), (statement as { id?: string }).id).toEqual([])
  })

  it('accepts a complete statement and the synthetic generator’s output', () => {
    expect(problems(valid)).toEqual([])
    for (const s of generateSyntheticStatements({ count: 200, seed: 3 })) expect(problems(s), s.id).toEqual([])
  })

  it.each([
    ['a date that does not exist', { date: '2020-02-30', id: '2020-02-30-x' }, /^date: is not a real calendar date/],
    ['a date in another format', { date: '1 May 2020' }, /^date: must be a date in the form YYYY-MM-DD/],
    ['an id that is not a slug', { id: '2020-05-01-Not A Slug' }, /^id: must be a slug/],
    ['an id that does not start with the date', { id: '2021-01-01-fictional' }, /^id: must start with the date 2020-05-01/],
    ['an unknown type', { type: 'tweet' }, /^type: /],
    ['no paragraphs', { paragraphs: [] }, /^paragraphs: must hold at least one paragraph/],
    ['a quote past the last paragraph', { quotes: [{ speaker: 'ada-quillfeather', text: 'x', paragraph: 9 }] }, /^quotes\.0\.paragraph: points past/],
    ['a quote by someone who is not a speaker', { quotes: [{ speaker: 'someone-else', text: 'x', paragraph: 0 }] }, /^quotes\.0\.speaker: "someone-else" is not one/],
    ['a speaker without a name', { speakers: [{ id: 'x', name: '' }] }, /^speakers\.0\.name: /],
    ['an unexpected field', { tweet: 'hello' }, /^\(file\): Unrecognized key/],
    ['a source URL that is not a URL', { source: { url: 'not a url' } }, /^source\.url: /],
  ])('rejects %s, naming the field', (_, change, expected) => {
    const found = problems({ ...valid, ...change })
    expect(found.some((p) => expected.test(p)), found.join('\n')).toBe(true)
  })
})
