// @vitest-environment node
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { statementSchema } from '../../src/corpus/schema.ts'
import { importPaths } from '../../src/importer/import-files.ts'
import { parseJson } from '../../src/importer/parse-json.ts'
import { parseMarkdown } from '../../src/importer/parse-markdown.ts'
import { parsePlainText } from '../../src/importer/parse-text.ts'
import { TOPICS_FILE, sandbox, type Sandbox } from './fixtures.ts'

// Text shaped like the inputs, so random cases reach the interesting paths: front matter,
// datelines, titles with office words, quotes, Markdown markers.
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('---', '\n', '\n\n', ': ', '"', '“', '”', '*', '**', '_', '\\', '#', '- ', '1. ', '[a](b)', '<s>', '&amp;', '\u00a0', '\u2060'),
  fc.constantFrom('7 Apr 2016', 'April 7, 2016', '2016-04-07', '2016-02-30', 'date: ', 'title: ', 'source_url: ', 'http://x'),
  fc.constantFrom('Statement by ', 'Remarks by President ', 'Press Briefing by ', 'Minister Example', ' said', ' and ', ', Jr.', ' of ', 'NATO', 'Senator'),
)
const text = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''))
const frontMatter = fc
  .record({ title: text, date: fc.oneof(text, fc.constant("'2021-05-06'")), extra: text, body: text })
  .map(({ title, date, extra, body }) => `---\ntitle: ${title}\ndate: ${date}\n${extra}\n---\n${body}`)

const wellFormed = (items: ReturnType<typeof parsePlainText>) =>
  items.length > 0 && items.every((i) => (i.doc ? i.doc.title.length > 0 && i.doc.paragraphs.length > 0 : i.reason.length > 0))

describe('parsers never throw', () => {
  it('plain text', () => {
    fc.assert(fc.property(text, (input) => wellFormed(parsePlainText(input))), { numRuns: 500 })
  })

  it('Markdown with front matter', () => {
    fc.assert(fc.property(fc.oneof(text, frontMatter), (input) => wellFormed(parseMarkdown(input))), { numRuns: 500 })
  })

  it('JSON', () => {
    const json = fc.oneof(text, fc.jsonValue().map((v) => JSON.stringify(v)), fc.record({ title: text, date: text, body: text }).map((r) => JSON.stringify(r)))
    fc.assert(fc.property(json, (input) => wellFormed(parseJson(input))), { numRuns: 500 })
  })
})

describe('importPaths on random files', () => {
  let box: Sandbox
  afterEach(() => box?.cleanup())

  it('imports or rejects every file with a reason, and writes only valid statements', async () => {
    const file = fc.record({ ext: fc.constantFrom('.txt', '.md'), content: fc.oneof(text, frontMatter, fc.uint8Array({ maxLength: 64 })) })
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 6 }), async (files) => {
        box?.cleanup()
        box = sandbox()
        files.forEach((f, i) => box.write(`f${i}${f.ext}`, f.content))
        const report = await importPaths([box.input], { to: box.target, speakersFile: box.speakersFile, topicsFile: TOPICS_FILE })
        const accounted = report.imported + report.updated + report.unchanged + report.duplicates.length + report.rejected.length
        expect(accounted).toBe(files.length)
        expect(report.rejected.every((r) => r.reason.length > 0)).toBe(true)
        for (const name of fs.readdirSync(box.target)) {
          expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.json$/)
          statementSchema.parse(JSON.parse(fs.readFileSync(path.join(box.target, name), 'utf8')))
        }
      }),
      { numRuns: 40 },
    )
  })
})
