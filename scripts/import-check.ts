import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { countryName } from '../src/corpus/countries.ts'
import { ConfigError } from '../src/importer/config-files.ts'
import { importPaths, LETTERS_KEPT_THRESHOLD } from '../src/importer/import-files.ts'
import { createProgressBar } from '../src/importer/progress-bar.ts'

// npm run import:check -- <folder> [--collection <profile>] [--keep]
//
// Imports a whole collection into a temporary folder (never data/) and prints what a person
// needs to judge the import: counts and time, every rejected and skipped file with its reason,
// how the files met the metadata table, the share of letters kept, and the distributions of
// countries, posts and topics. Exit code 1 when a file was rejected or lost letters, 2 when the
// folder or the profile cannot be used.

const USAGE = `Usage: npm run import:check -- <folder> [--collection <profile>] [--keep]
  e.g. npm run import:check -- ../shared/corpora/ungdc
  --collection  a profile file or a name in collections/ (default: detected from the folder)
  --keep        keep the temporary import and print where it is`

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1)
const ranked = <K>(map: Map<K, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
const n = (value: number) => value.toLocaleString('en-GB')

function section(title: string, lines: readonly string[], { counted = true } = {}): void {
  console.log(`\n${title}${counted && lines.length > 0 ? ` (${n(lines.length)})` : ''}:`)
  if (lines.length === 0) console.log('  none')
  for (const line of lines) console.log(`  ${line}`)
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { collection: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const [folder, ...extra] = positionals
  if (!folder || extra.length > 0) {
    console.error(USAGE)
    return 2
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(
      `import:check: ${path.resolve(folder)} is not a folder.\n` +
        'The real corpora live next to the project, in ../shared/corpora (ungdc, wh-briefings); a fresh clone has none.\n' +
        'Name a folder that exists, e.g. npm run import:check -- ../shared/corpora/ungdc',
    )
    return 2
  }

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'import-check-'))
  const countries = new Map<string, number>()
  const posts = new Map<string, number>()
  const topics = new Map<string, number>()
  let withoutSpeaker = 0
  let withoutCountry = 0
  const bar = createProgressBar(process.stderr)
  try {
    const report = await importPaths([folder], {
      to: path.join(scratch, 'statements'),
      speakersFile: path.join(scratch, 'speakers.json'),
      ...(values.collection ? { collection: values.collection } : {}),
      onProgress: bar.update,
      onStatement: (s) => {
        if (s.country) count(countries, s.country)
        else withoutCountry++
        if (s.speakers.length === 0) withoutSpeaker++
        for (const speaker of s.speakers) count(posts, speaker.role ?? '(no post)')
        for (const topic of s.topics) count(topics, topic)
      },
    })
    bar.finish()
    const statements = report.imported + report.updated + report.unchanged
    const collection = report.collections[0]
    console.log(`Import check of ${path.resolve(folder)}`)
    console.log(
      `  collection: ${collection ? `${collection.profile} (${collection.detected ? 'detected' : 'named'}, ${collection.file})` : 'none: each file read by its extension'}`,
    )
    console.log(`  ${n(report.files)} file(s) read in ${(report.elapsedMs / 1000).toFixed(1)} s: ${n(statements)} statement(s), ${n(report.duplicates.length)} duplicate(s) merged, ${n(report.rejected.length)} rejected, ${n(report.skipped.length)} skipped`)
    console.log(`  ${n(withoutSpeaker)} statement(s) without a speaker, ${n(withoutCountry)} without a country`)
    const { table, letters } = report
    if (collection?.table) {
      console.log(
        `  metadata table ${collection.table}: ${n(table.matched)} file(s) matched, ${n(table.unmatchedFiles.length)} with no row, ${n(table.withoutName.length)} whose row names nobody, ${n(table.unmatchedRows.length)} row(s) with no file, ${n(table.duplicateRows.length)} duplicate key(s)`,
      )
    }
    console.log(
      `  letters kept: minimum ${(letters.min * 100).toFixed(2)}%${letters.minFile && letters.min < 1 ? ` (${letters.minFile})` : ''} over ${n(letters.measured)} text file(s); ${n(letters.below.length)} below ${LETTERS_KEPT_THRESHOLD * 100}%`,
    )

    section('Rejected', report.rejected.map((r) => `${r.file}${r.item ? ` ${r.item}` : ''}: ${r.reason}`))
    section('Skipped', report.skipped.map((s) => `${s.file}: ${s.reason}`))
    section('Files with no row (imported, no speaker)', table.unmatchedFiles.map((u) => `${u.file}: ${u.key}`))
    section('Files whose row names nobody (imported, no speaker)', table.withoutName.map((u) => `${u.file}: ${u.key}, row ${u.rows.join(', ')}`))
    section('Rows with no file', table.unmatchedRows.map((r) => `row ${r.row}: ${r.key}`))
    section('Duplicate rows', table.duplicateRows.map((d) => `rows ${d.rows.join(', ')}: ${d.key}: ${d.agree ? 'agree (speaker kept)' : 'disagree (no speaker)'}`))
    section('Imported with a note', report.notes.map((x) => `${x.file}: ${x.text}`))
    section(`Files keeping less than ${LETTERS_KEPT_THRESHOLD * 100}% of their letters`, letters.below.map((b) => `${b.file}: ${(b.kept * 100).toFixed(2)}%`))

    const topCountries = ranked(countries).slice(0, 20)
    section(`Countries: ${n(countries.size)} distinct; top 20`, topCountries.map(([code, c]) => `${code} ${countryName(code) ?? ''}: ${n(c)}`), { counted: false })
    section(`Posts: ${n(posts.size)} distinct; top 15`, ranked(posts).slice(0, 15).map(([post, c]) => `${post}: ${n(c)}`), { counted: false })
    section(`Topics: ${n(topics.size)} distinct`, ranked(topics).map(([topic, c]) => `${topic}: ${n(c)}`), { counted: false })
    if (values.keep) console.log(`\nThe import is in ${scratch}`)
    return report.rejected.length > 0 || letters.below.length > 0 ? 1 : 0
  } catch (error) {
    bar.finish()
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error)
    return 2
  } finally {
    if (!values.keep) rmSync(scratch, { recursive: true, force: true })
  }
}

process.exitCode = await main()
