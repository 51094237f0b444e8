// @vitest-environment node
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { statementSchema, type Statement } from '../../src/corpus/schema.ts'
import { importPaths, type ImportReport } from '../../src/importer/import-files.ts'
import { SEED_TEXT, TOPICS_FILE, sandbox, snapshot, whMarkdown, type Sandbox } from './fixtures.ts'

let box: Sandbox
afterEach(() => box?.cleanup())

const run = (paths: string[] = [box.input], extra: Partial<Parameters<typeof importPaths>[1]> = {}) =>
  importPaths(paths, { to: box.target, speakersFile: box.speakersFile, topicsFile: TOPICS_FILE, ...extra })

const statements = (): Statement[] =>
  fs
    .readdirSync(box.target)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => statementSchema.parse(JSON.parse(fs.readFileSync(path.join(box.target, n), 'utf8'))))

const reasonFor = (report: ImportReport, file: string) => report.rejected.find((r) => r.file.endsWith(file))?.reason

describe('importPaths: the seed press release', () => {
  it('imports the seed to its expected speaker, quotes and topics', async () => {
    box = sandbox()
    box.write('seeds/000_seed.txt', SEED_TEXT)
    const report = await run()
    expect(report.rejected).toEqual([])
    const [s] = statements()
    expect(s).toBeDefined()
    expect(s!.id).toBe('2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation')
    expect(s!.type).toBe('press-release')
    expect(s!.date).toBe('2016-04-07')
    expect(s!.speakers).toEqual([{ id: 'marina-kaljurand', name: 'Marina Kaljurand', role: 'Foreign Minister' }])
    expect(s!.quotes).toHaveLength(4)
    expect(s!.quotes!.every((q) => q.speaker === 'marina-kaljurand')).toBe(true)
    expect(s!.quotes!.map((q) => q.paragraph)).toEqual([0, 1, 1, 2])
    expect(s!.topics).toEqual(expect.arrayContaining(['eu-nato', 'cyber-defence', 'cybersecurity']))
    expect(s!.paragraphs).toHaveLength(4)
    expect(s!.source).toBeUndefined()
    const names = JSON.stringify(s!.speakers)
    for (const mentioned of ['Paet', 'Sakkov', 'Ducaru', 'Rivasseau']) expect(names).not.toContain(mentioned)
  })

  it('uses the alias table and keeps hand-curated fields of the existing statement', async () => {
    box = sandbox([{ id: 'marina-kaljurand', name: 'Marina Kaljurand', aliases: ['Foreign Minister Kaljurand'], roles: ['Foreign Minister of Estonia'] }])
    box.write('seed.txt', SEED_TEXT)
    fs.mkdirSync(box.target)
    const id = '2016-04-07-foreign-minister-kaljurand-the-eu-and-nato-must-intensify-cybersecurity-cooperation'
    const handMade = { id, date: '2016-04-07', title: 'Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation', type: 'press-release', speakers: [], issuer: 'Estonian Ministry of Foreign Affairs', topics: [], place: 'Brussels', source: { publisher: 'Estonian Ministry of Foreign Affairs' }, paragraphs: ['old'] }
    fs.writeFileSync(path.join(box.target, `${id}.json`), JSON.stringify(handMade, null, 2))
    const report = await run()
    expect(report.updated).toBe(1)
    const [s] = statements()
    expect(s).toMatchObject({ id, issuer: 'Estonian Ministry of Foreign Affairs', place: 'Brussels', source: { publisher: 'Estonian Ministry of Foreign Affairs' } })
    expect(s!.speakers).toEqual([{ id: 'marina-kaljurand', name: 'Marina Kaljurand', role: 'Foreign Minister' }])
  })
})

describe('importPaths: formats', () => {
  it('imports Markdown with front matter: title cleaned, issuer and source from the URL', async () => {
    box = sandbox()
    box.write(
      'wh/statements-releases/2021-03/2021-03-02-statement.md',
      whMarkdown({
        title: 'Statement by NSC Spokesperson Example\u00a0Person on the Example\u2060 Summit',
        date: '2021-03-02',
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/03/02/statement/',
        body: 'The United States *welcomes* the summit.\n\n“We will work with every NATO Ally on this,” Person said.\n\n-   First item\n-   Second item',
      }),
    )
    const report = await run()
    expect(report.rejected).toEqual([])
    const [s] = statements()
    expect(s).toMatchObject({
      id: '2021-03-02-statement-by-nsc-spokesperson-example-person-on-the-example-summit',
      title: 'Statement by NSC Spokesperson Example Person on the Example Summit',
      type: 'statement',
      speakers: [{ id: 'example-person', name: 'Example Person', role: 'NSC Spokesperson' }],
      issuer: 'The White House',
      source: { url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/03/02/statement/', publisher: 'The White House' },
      paragraphs: ['The United States welcomes the summit.', '“We will work with every NATO Ally on this,” Person said.', 'First item', 'Second item'],
      quotes: [{ speaker: 'example-person', text: 'We will work with every NATO Ally on this', paragraph: 1 }],
    })
  })

  it('gives readouts and fact sheets no personal speaker, only the issuer', async () => {
    box = sandbox()
    box.write('readouts/a.md', whMarkdown({ title: 'Readout of President Example’s Call with Chancellor Sample', date: '2022-01-01', url: 'https://www.whitehouse.gov/a/', body: 'They spoke.' }))
    await run()
    const [s] = statements()
    expect(s).toMatchObject({ type: 'readout', speakers: [], issuer: 'The White House' })
  })

  it('imports one statement, an array and JSON Lines, keeping what the records state', async () => {
    box = sandbox()
    box.write('one.json', JSON.stringify({ title: 'Statement by Ambassador Example Person on Peace', date: '2020-05-01', body: 'Peace matters.\n\nIt really does.', source_url: 'https://example.org/peace' }))
    box.write('many.json', JSON.stringify([
      { title: 'First Joint Statement on Trade', date: '2020-05-02', paragraphs: ['Trade matters.'], topics: ['eu'] },
      { title: 'No date here', paragraphs: ['x'] },
    ]))
    box.write('lines.jsonl', `${JSON.stringify({ title: 'Remarks by Governor Example Person at a Fair', date: 'May 3, 2020', text: 'Hello.' })}\n\n{broken\n`)
    const report = await run()
    const byTitle = new Map(statements().map((s) => [s.title, s]))
    expect(byTitle.get('Statement by Ambassador Example Person on Peace')).toMatchObject({ paragraphs: ['Peace matters.', 'It really does.'], source: { url: 'https://example.org/peace' } })
    expect(byTitle.get('Statement by Ambassador Example Person on Peace')!.source!.publisher).toBeUndefined()
    expect(byTitle.get('First Joint Statement on Trade')).toMatchObject({ type: 'joint-statement', topics: ['eu'] })
    expect(byTitle.get('Remarks by Governor Example Person at a Fair')).toMatchObject({ date: '2020-05-03', type: 'remarks' })
    expect(report.rejected.map((r) => [path.basename(r.file), r.item])).toEqual([
      ['lines.jsonl', 'line 3'],
      ['many.json', '[1]'],
    ])
  })

  it('keeps a date known only to the year or the month as recorded, as the archive writes it', async () => {
    box = sandbox()
    box.write('year.json', JSON.stringify({ title: 'Veloria at the General Debate (fictional)', date: '2016', paragraphs: ['Veloria speaks.'], synthetic: true }))
    box.write('month.json', JSON.stringify({ title: 'Norlund in September (fictional)', date: '2016-09', paragraphs: ['Norlund speaks.'], synthetic: true }))
    box.write('bad-month.json', JSON.stringify({ title: 'Nowhere in month thirteen', date: '2016-13', paragraphs: ['x'] }))
    const report = await run()
    const byTitle = new Map(statements().map((s) => [s.title, s]))
    expect(byTitle.get('Veloria at the General Debate (fictional)')?.date).toBe('2016')
    expect(byTitle.get('Veloria at the General Debate (fictional)')?.id).toMatch(/^2016-veloria/)
    expect(byTitle.get('Norlund in September (fictional)')?.date).toBe('2016-09')
    expect(report.rejected.map((r) => path.basename(r.file))).toEqual(['bad-month.json'])
  })
})

describe('importPaths: broken files are reported, good files still import', () => {
  it('reports each broken file with its reason', async () => {
    box = sandbox()
    box.write('good.md', whMarkdown({ title: 'Statement by Mayor Example Person on Parks', date: '2023-06-01', body: 'Parks are good.' }))
    box.write('invalid-yaml.md', '---\ntitle: "unclosed\ndate: [2023\n---\nBody.\n')
    box.write('unclosed.md', '---\ntitle: x\nBody without the closing line.\n')
    box.write('no-date.md', whMarkdown({ title: 'A Statement With No Date', body: 'Text.' }))
    box.write('bad-date.md', whMarkdown({ title: 'A Statement', date: '2023-02-30', body: 'Text.' }))
    box.write('no-date.txt', 'A headline\n\nA paragraph with no date anywhere.\n')
    box.write('empty.txt', '')
    box.write('blank.md', '  \n\n \n')
    box.write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))
    box.write('latin1.txt', new Uint8Array([...Buffer.from('7 Apr 2016\n\nCaf'), 0xe9, 0x0a]))
    box.write('large.md', `---\ntitle: Big\ndate: 2023-01-01\n---\n${'word '.repeat(300)}`)
    box.write('notes.docx', 'not a release')
    const report = await run([box.input], { maxFileBytes: 1000 })
    expect(statements().map((s) => s.title)).toEqual(['Statement by Mayor Example Person on Parks'])
    expect(reasonFor(report, 'invalid-yaml.md')).toMatch(/^invalid front matter/)
    expect(reasonFor(report, 'unclosed.md')).toMatch(/^invalid front matter: no closing/)
    expect(reasonFor(report, 'no-date.md')).toMatch(/^no date/)
    expect(reasonFor(report, 'bad-date.md')).toMatch(/^invalid date/)
    expect(reasonFor(report, 'no-date.txt')).toMatch(/^no date/)
    expect(reasonFor(report, 'empty.txt')).toBe('empty file')
    expect(reasonFor(report, 'blank.md')).toMatch(/^empty file/)
    expect(reasonFor(report, 'binary.txt')).toMatch(/^binary/)
    expect(reasonFor(report, 'latin1.txt')).toBe('not UTF-8 text')
    expect(reasonFor(report, 'large.md')).toMatch(/^too large/)
    expect(report.rejected).toHaveLength(10)
    expect(report.skipped.map((s) => path.basename(s.file))).toEqual(['notes.docx'])
  })

  it('reports a named path that does not exist', async () => {
    box = sandbox()
    const report = await run([path.join(box.input, 'missing.md')])
    expect(report.rejected).toEqual([{ file: path.join(box.input, 'missing.md'), reason: 'not found' }])
  })
})

describe('importPaths: repeatable', () => {
  const release = (title: string, body = 'Body text.') => whMarkdown({ title, date: '2024-02-02', url: `https://www.whitehouse.gov/${encodeURIComponent(title)}/`, body })

  it('changes no file on a second run', async () => {
    box = sandbox()
    box.write('a.md', release('Remarks by President Person at a Fair', '“We are building a stronger economy for all,” President Person said.'))
    // Teaches the alias table a fuller name and office for the person above during the first run.
    box.write('c.md', release('Statement by President Example Person of Nowhere on Trade'))
    box.write('b.txt', SEED_TEXT)
    const first = await run()
    expect(first.imported).toBe(3)
    expect(statements().find((s) => s.title.startsWith('Remarks'))!.speakers).toEqual([{ id: 'example-person', name: 'Example Person', role: 'President' }])
    const files = snapshot(box.target)
    const speakers = fs.readFileSync(box.speakersFile, 'utf8')
    const mtimes = [...files.keys()].map((n) => fs.statSync(path.join(box.target, n)).mtimeMs)
    const second = await run()
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: 3, rejected: [] })
    expect(snapshot(box.target)).toEqual(files)
    expect([...files.keys()].map((n) => fs.statSync(path.join(box.target, n)).mtimeMs)).toEqual(mtimes)
    expect(fs.readFileSync(box.speakersFile, 'utf8')).toBe(speakers)
  })

  it('updates a statement whose source changed, keeping its id', async () => {
    box = sandbox()
    const file = box.write('a.md', release('Statement by Governor Example Person on Rivers', 'Old text.'))
    await run()
    const [before] = statements()
    fs.writeFileSync(file, release('Statement by Governor Example Person on Rivers and Lakes', 'New text.').replace(encodeURIComponent('Statement by Governor Example Person on Rivers and Lakes'), encodeURIComponent('Statement by Governor Example Person on Rivers')))
    const report = await run()
    expect(report.updated).toBe(1)
    const after = statements()
    expect(after).toHaveLength(1)
    expect(after[0]!.id).toBe(before!.id)
    expect(after[0]!.paragraphs).toEqual(['New text.'])
  })

  it('merges two files that are the same statement', async () => {
    box = sandbox()
    box.write('x/one.md', release('Statement by Governor Example Person on Roads'))
    box.write('y/two.md', release('Statement by Governor Example Person on Roads'))
    box.write('one.txt', SEED_TEXT)
    box.write('z/two.txt', SEED_TEXT)
    const report = await run()
    expect(statements()).toHaveLength(2)
    expect(report.duplicates).toHaveLength(2)
  })

  it('suffixes different statements whose ids collide, the same way every run', async () => {
    box = sandbox()
    box.write('a.md', whMarkdown({ title: 'Nominations Sent to the Senate', date: '2024-03-01', url: 'https://www.whitehouse.gov/n1/', body: 'One.' }))
    box.write('b.md', whMarkdown({ title: 'Nominations Sent to the Senate', date: '2024-03-01', url: 'https://www.whitehouse.gov/n2/', body: 'Two.' }))
    await run()
    const ids = statements()
      .map((s) => [s.id, s.paragraphs[0]])
      .sort((a, b) => (a[1]! < b[1]! ? -1 : 1))
    expect(ids).toEqual([
      ['2024-03-01-nominations-sent-to-the-senate', 'One.'],
      ['2024-03-01-nominations-sent-to-the-senate-2', 'Two.'],
    ])
    const second = await run()
    expect(second.unchanged).toBe(2)
    expect(statements().map((s) => [s.id, s.paragraphs[0]])).toEqual(expect.arrayContaining(ids))
  })
})

describe('importPaths: writes', () => {
  it('never writes outside the target folder and leaves no temporary files', async () => {
    box = sandbox()
    box.write('evil.md', whMarkdown({ title: '../../../etc/x', date: '2024-01-01', body: 'Text.' }))
    box.write('evil.json', JSON.stringify({ id: '../../escape', title: '..\\..\\y', date: '2024-01-02', paragraphs: ['Text.'] }))
    const report = await run()
    expect(report.rejected).toEqual([])
    expect(fs.readdirSync(box.target).sort()).toEqual(['2024-01-01-etc-x.json', '2024-01-02-y.json'])
    expect(fs.readdirSync(box.root).sort()).toEqual(['input', 'speakers.json', 'statements'])
  })

  it('leaves the alias table alone when told to', async () => {
    box = sandbox()
    box.write('a.md', whMarkdown({ title: 'Remarks by Mayor Zed Person at a Fair', date: '2024-01-01', body: 'Text.' }))
    const before = fs.readFileSync(box.speakersFile, 'utf8')
    const report = await run([box.input], { updateSpeakers: false })
    expect(report.speakersAdded).toBe(1)
    expect(report.speakersFile).toMatchObject({ updated: false })
    expect(fs.readFileSync(box.speakersFile, 'utf8')).toBe(before)
    expect(statements()[0]!.speakers[0]!.id).toBe('zed-person')
  })

  it('writes pretty-printed JSON ending in a newline, and a sorted alias table', async () => {
    box = sandbox()
    box.write('a.md', whMarkdown({ title: 'Remarks by Mayor Zed Person and Governor Ann Person at a Fair', date: '2024-01-01', body: 'Text.' }))
    await run()
    const [name] = fs.readdirSync(box.target)
    const text = fs.readFileSync(path.join(box.target, name!), 'utf8')
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
    const table = JSON.parse(fs.readFileSync(box.speakersFile, 'utf8')) as Array<{ id: string }>
    expect(table.map((e) => e.id)).toEqual(['ann-person', 'zed-person'])
  })
})
