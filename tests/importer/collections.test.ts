// @vitest-environment node
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { statementSchema, type Statement } from '../../src/corpus/schema.ts'
import { compileProfile, loadProfiles, ProfileError } from '../../src/importer/collection-profile.ts'
import { importPaths, type ImportOptions } from '../../src/importer/import-files.ts'
import { lettersKept } from '../../src/importer/reflow.ts'
import { REPO, SEED_TEXT, TOPICS_FILE, sandbox, snapshot, whMarkdown, type Sandbox } from './fixtures.ts'
import { EST_PARAGRAPHS, FIN_PARAGRAPHS, LVA_PARAGRAPHS, writeUngdcTree } from './ungdc-fixture.ts'

let box: Sandbox
afterEach(() => box?.cleanup())

const run = (extra: Partial<ImportOptions> = {}, paths: string[] = [box.input]) =>
  importPaths(paths, { to: box.target, speakersFile: box.speakersFile, topicsFile: TOPICS_FILE, ...extra })

const statements = (): Map<string, Statement> =>
  new Map(
    fs
      .readdirSync(box.target)
      .filter((n) => n.endsWith('.json'))
      .map((n) => statementSchema.parse(JSON.parse(fs.readFileSync(path.join(box.target, n), 'utf8'))))
      .map((s) => [s.id, s]),
  )

const SESSION = 'TXT/Session 71 - 2016'
const EST_ID = '2016-estonia-at-the-un-general-debate-71st-session-2016'

/** The real ungdc profile, pointed at the CSV copy of the table: the same rows, another reader. */
function writeCsvProfile(): string {
  const profile = fs.readFileSync(path.join(REPO, 'collections/ungdc.yaml'), 'utf8').replace(/table: Speakers_by_session\.xlsx/, 'table: speakers_by_session.csv')
  const file = path.join(box.root, 'ungdc-csv.yaml')
  fs.writeFileSync(file, profile)
  return file
}

describe('a UN General Debate folder, read through collections/ungdc.yaml', () => {
  it('is detected from its layout and imports every speech with what path and table give', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const report = await run()
    expect(report.rejected).toEqual([])
    expect(report.collections).toEqual([expect.objectContaining({ profile: 'ungdc', detected: true })])
    expect(report.imported).toBe(8)

    const est = statements().get(EST_ID)
    expect(est).toMatchObject({
      date: '2016',
      title: 'Estonia at the UN General Debate, 71st session (2016)',
      type: 'remarks',
      country: 'EST',
      issuer: 'Estonia',
      place: 'United Nations General Assembly, General Debate',
      source: { publisher: 'UN General Debate Corpus' },
      speakers: [{ id: 'ada-quillfeather', name: 'Ada Quillfeather', role: 'President' }],
    })
    // The opening line "On 21 September 1991" is the start of a sentence: no date, no title from it.
    expect(est!.paragraphs).toEqual(EST_PARAGRAPHS)
    expect(statements().get('1946-argentina-at-the-un-general-debate-1st-session-1946')).toMatchObject({ date: '1946', speakers: [{ name: 'Pellworth' }] })
  })

  it('keeps the date to the year: never a month or a day', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    await run()
    for (const s of statements().values()) expect(s.date).toMatch(/^\d{4}$/)
  })

  it('rebuilds paragraphs from hard-wrapped lines, numbered paragraphs, a BOM and CRLF, keeping at least 99% of the letters', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const report = await run()
    const all = statements()
    expect(all.get('2016-finland-at-the-un-general-debate-71st-session-2016')!.paragraphs).toEqual(FIN_PARAGRAPHS)
    expect(all.get('2016-latvia-at-the-un-general-debate-71st-session-2016')!.paragraphs).toEqual(LVA_PARAGRAPHS)
    expect(all.get(EST_ID)!.paragraphs[0]!.startsWith('On 21 September')).toBe(true)

    // Measured independently: every fixture file against the statement made of it.
    const byCountry = new Map([...all.values()].map((s) => [s.id.split('-')[1], s]))
    const names: Record<string, string> = { EST: 'estonia', FIN: 'finland', LVA: 'latvia', LTU: 'lithuania', ISL: 'iceland', PRT: 'portugal', VLR: 'veloria' }
    for (const [code, name] of Object.entries(names)) {
      const source = fs.readFileSync(path.join(box.input, SESSION, `${code}_71_2016.txt`), 'utf8')
      expect(lettersKept(source, byCountry.get(name)!.paragraphs)).toBeGreaterThanOrEqual(0.99)
    }
    expect(report.letters).toMatchObject({ measured: 8, below: [] })
    expect(report.letters.min).toBeGreaterThanOrEqual(0.99)
  })

  it('gives each statement its country from the file name, and the table spelling only joins', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const report = await run()
    const all = statements()
    // The sheet says POR; the file and the statement say PRT.
    expect(all.get('2016-portugal-at-the-un-general-debate-71st-session-2016')).toMatchObject({
      country: 'PRT',
      speakers: [{ name: 'Tomas Ferrowin', role: 'Minister for Foregn Affairs' }],
    })
    // An unknown code: imported without a country, titled from the table's country name, noted.
    const vlr = all.get('2016-veloria-at-the-un-general-debate-71st-session-2016')
    expect(vlr).toBeDefined()
    expect(vlr!.country).toBeUndefined()
    expect(report.notes).toEqual([{ file: expect.stringContaining('VLR_71_2016.txt'), text: expect.stringMatching(/unknown country code "VLR"/) }])
  })

  it('imports a file with no row without a speaker, and reports rows with no file', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const report = await run()
    expect(statements().get('2016-latvia-at-the-un-general-debate-71st-session-2016')!.speakers).toEqual([])
    expect(report.table.unmatchedFiles).toEqual([{ file: expect.stringContaining('LVA_71_2016.txt'), key: 'year 2016, country LVA' }])
    expect(report.table.unmatchedRows).toEqual([expect.objectContaining({ row: 11, key: 'Year 2016, ISO Code NOR' })])
    expect(report.table.matched).toBe(6)
  })

  it('takes the speaker of duplicate rows that agree, and none from rows that disagree', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const report = await run()
    const all = statements()
    expect(all.get('2016-lithuania-at-the-un-general-debate-71st-session-2016')!.speakers).toEqual([{ id: 'orrin-valewood', name: 'Orrin Valewood', role: 'Prime Minister' }])
    expect(all.get('2016-iceland-at-the-un-general-debate-71st-session-2016')!.speakers).toEqual([])
    expect(report.table.duplicateRows).toEqual([
      expect.objectContaining({ rows: [4, 5], key: 'Year 2016, ISO Code LTU', agree: true }),
      expect.objectContaining({ rows: [6, 7], key: 'Year 2016, ISO Code ISL', agree: false }),
    ])
  })

  it('skips the files that are not statements, each with its reason', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const report = await run()
    const reasons = new Map(report.skipped.map((s) => [path.basename(s.file), s.reason]))
    expect(reasons.get('.Rhistory')).toMatch(/R session history/)
    expect(reasons.get('.Rapp.history')).toMatch(/R session history/)
    expect(reasons.get('.DS_Store-to-UTF-8.txt')).toMatch(/binary file .*despite its \.txt name/)
    expect(reasons.get('README.md')).toMatch(/not a statement of collection ungdc/)
    expect(reasons.get('Speakers_by_session.xlsx')).toMatch(/metadata table/)
    expect(report.rejected).toEqual([])
  })

  it('reads the same table from CSV', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const report = await run({ collection: writeCsvProfile() })
    expect(report.collections).toEqual([expect.objectContaining({ profile: 'ungdc', detected: false })])
    expect(report.table).toMatchObject({ matched: 6, unmatchedFiles: [expect.anything()], unmatchedRows: [expect.anything()] })
    expect(statements().get(EST_ID)!.speakers).toEqual([{ id: 'ada-quillfeather', name: 'Ada Quillfeather', role: 'President' }])
  })

  it('changes no file on a second run', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    await run()
    const before = snapshot(box.target)
    const speakers = fs.readFileSync(box.speakersFile, 'utf8')
    const second = await run()
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: 8 })
    expect(snapshot(box.target)).toEqual(before)
    expect(fs.readFileSync(box.speakersFile, 'utf8')).toBe(speakers)
  })

  it('is read by name too: --collection ungdc', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const report = await run({ collection: 'ungdc' })
    expect(report.collections).toEqual([expect.objectContaining({ profile: 'ungdc', detected: false })])
    expect(report.imported).toBe(8)
  })
})

describe('the other profiles', () => {
  it('wh-briefings: a briefing-room layout is detected and its statements get country USA', async () => {
    box = sandbox()
    box.write(
      'statements-releases/2021-03/2021-03-02-statement.md',
      whMarkdown({ title: 'Statement by Press Secretary Example Person on Rivers', date: '2021-03-02', url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/03/02/statement/', body: 'Rivers matter.' }),
    )
    box.write('LICENSE', 'CC0')
    const report = await run()
    expect(report.collections).toEqual([expect.objectContaining({ profile: 'wh-briefings', detected: true })])
    const [s] = statements().values()
    expect(s).toMatchObject({ country: 'USA', issuer: 'The White House', date: '2021-03-02', type: 'statement' })
  })

  it('plain-text: the seed with --country EST; a folder that no profile detects keeps the old behaviour', async () => {
    box = sandbox()
    box.write('seed.txt', SEED_TEXT)
    await run({ collection: 'plain-text', country: 'EST' })
    const [s] = statements().values()
    expect(s).toMatchObject({ date: '2016-04-07', country: 'EST', type: 'press-release' })
    expect(s!.paragraphs).toHaveLength(4)

    box.cleanup()
    box = sandbox()
    box.write('seed.txt', SEED_TEXT)
    const report = await run()
    expect(report.collections).toEqual([])
    expect([...statements().values()][0]!.country).toBeUndefined()
  })

  it('every profile in collections/ is valid', () => {
    expect(loadProfiles().map((p) => p.name).sort()).toEqual(['json', 'plain-text', 'ungdc', 'wh-briefings'])
  })

  it('refuses an unknown --country or --collection before reading anything', async () => {
    box = sandbox()
    await expect(run({ country: 'XXQ' })).rejects.toThrow(/--country XXQ/)
    await expect(run({ collection: 'no-such-profile' })).rejects.toThrow(/no profile of that name .*ungdc/)
    expect(fs.existsSync(box.target)).toBe(false)
  })
})

describe('a profile that cannot work fails at once, naming the profile file and the field', () => {
  const ungdc = () => fs.readFileSync(path.join(REPO, 'collections/ungdc.yaml'), 'utf8')
  const broken = (edit: (text: string) => string) => {
    const file = path.join(box.root, 'broken.yaml')
    fs.writeFileSync(file, edit(ungdc()))
    return file
  }

  it.each([
    ['a bad pattern', (t: string) => t.replace('{country}_{session}', '{country_{session}'), /broken\.yaml: files\.pattern: /],
    ['two fields side by side', (t: string) => t.replace('{country}_{session}', '{country}{session}'), /broken\.yaml: files\.pattern: two fields/],
    ['an unknown field in a template', (t: string) => t.replace('{session|ordinal} session', '{sesion|ordinal} session'), /broken\.yaml: statement\.title: unknown field \{sesion\}/],
    ['a join on a field the path lacks', (t: string) => t.replace('year: Year', 'yeer: Year'), /broken\.yaml: metadata\.join\.yeer: /],
    ['an unknown key', (t: string) => t.replace('type: remarks', 'kind: remarks'), /broken\.yaml: statement: /],
    ['an unknown type', (t: string) => t.replace('type: remarks', 'type: speech'), /broken\.yaml: statement\.type: /],
  ])('%s', async (_label, edit, message) => {
    box = sandbox()
    await writeUngdcTree(box)
    const error = await run({ collection: broken(edit) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProfileError)
    expect((error as Error).message).toMatch(message)
    expect(fs.existsSync(box.target)).toBe(false)
  })

  it('an unknown column', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const error = await run({ collection: broken((t) => t.replace('speaker: Name of Person Speaking', 'speaker: Name of Speaker')) }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/broken\.yaml: metadata\.columns\.speaker: no column "Name of Speaker" in .*Speakers_by_session\.xlsx \(its columns: Year, Session/)
  })

  it('a missing table', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    fs.rmSync(path.join(box.input, 'Speakers_by_session.xlsx'))
    const error = await run({ collection: 'ungdc' }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/ungdc\.yaml: metadata\.table: .*Speakers_by_session\.xlsx not found/)
  })

  it('a date that is not one', () => {
    expect(() => compileProfile({ files: { pattern: '{name}.txt', format: 'text' }, statement: { date: 'soon' } }, 'x.yaml', 'x')).toThrow(/x\.yaml: statement\.date: /)
    expect(() => compileProfile({ files: { pattern: '{name}.txt', format: 'text', text: 'body' }, statement: { date: 'source', title: '{name}' } }, 'x.yaml', 'x')).toThrow(/statement\.date: a text with no dateline/)
  })

  it('exits 2 from the command line, with the file and the field', async () => {
    box = sandbox()
    await writeUngdcTree(box)
    const file = broken((t) => t.replace('{country}_{session}', '{country_{session}'))
    const tsx = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href
    const result = spawnSync(process.execPath, ['--import', tsx, path.join(REPO, 'scripts/import.ts'), box.input, '--collection', file, '--to', box.target, '--speakers', box.speakersFile, '--topics', TOPICS_FILE], { cwd: box.root, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/Configuration error: .*broken\.yaml: files\.pattern: /)
  }, 30_000)
})
