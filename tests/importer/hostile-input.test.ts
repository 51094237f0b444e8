// @vitest-environment node
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { importPaths } from '../../src/importer/import-files.ts'
import { TOPICS_FILE, sandbox, whMarkdown, type Sandbox } from './fixtures.ts'

let box: Sandbox
afterEach(() => box?.cleanup())

const run = () => importPaths([box.input], { to: box.target, speakersFile: box.speakersFile, topicsFile: TOPICS_FILE })

/** Every file below `dir`, as paths relative to the sandbox root. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(box.root, path.join(e.parentPath, e.name)))
}

describe('hostile input to the importer', () => {
  it.each(['../../x', '..\\..\\windows', '/etc/passwd', '....//....//x', '%2e%2e%2fescape', '\u0000nul'])(
    'a title like %j still becomes a slug inside the target folder',
    async (title) => {
      box = sandbox()
      box.write('escape.md', whMarkdown({ title: `${title} Fictional escape attempt`, date: '2021-05-06', body: 'Body text of a fictional release.' }))
      const report = await run()
      expect(report.imported + report.rejected.length).toBe(1)
      // Nothing was written anywhere but the target (and the sandbox's own files).
      const written = filesUnder(box.root).filter((f) => !f.startsWith('input') && f !== 'speakers.json')
      for (const file of written) {
        expect(file.startsWith(`statements${path.sep}`)).toBe(true)
        expect(path.basename(file)).toMatch(/^2021-05-06-[a-z0-9-]+\.json$/)
      }
      expect(fs.readdirSync(path.dirname(box.root)).filter((f) => f === 'x' || f === 'escape')).toEqual([])
    },
  )

  it('a file of one 4 MB line imports or is rejected with a reason, and does not hang', async () => {
    box = sandbox()
    const line = 'cybersecurity '.repeat(300_000)
    box.write('long-line.md', whMarkdown({ title: 'Fictional release with one very long line', date: '2021-05-06', body: line }))
    box.write('long-text.txt', `6 May 2021\n\nFictional plain text with a long line\n\n${'word '.repeat(800_000)}`)
    const report = await run()
    expect(report.imported + report.rejected.length).toBe(2)
    for (const r of report.rejected) expect(r.reason.length).toBeGreaterThan(0)
  }, 60_000)

  it('a file over the size limit is rejected by name, and the good files beside it still import', async () => {
    box = sandbox()
    box.write('huge.md', whMarkdown({ title: 'Fictional huge release', date: '2021-05-06', body: 'x'.repeat(6 * 1024 * 1024) }))
    box.write('good.md', whMarkdown({ title: 'Fictional good release', date: '2021-05-07', body: 'A normal fictional paragraph.' }))
    const report = await run()
    expect(report.rejected).toEqual([expect.objectContaining({ file: expect.stringContaining('huge.md'), reason: expect.stringMatching(/^too large/) })])
    expect(report.imported).toBe(1)
  })
})
