// npm run starter -- <corpora folder>: rebuilds the starter collection in data/statements from
// the two real corpora beside the project (../shared/corpora: wh-briefings and ungdc), through
// the project's own importer, so that a fresh clone serves an archive worth opening. What it
// selects, and why, is written to data/SOURCES.md; the ids it owns to data/starter.json, so
// that a second run changes nothing and a statement added by hand is never touched.
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Statement } from '../src/corpus/schema.ts'
import { loadSpeakers, saveSpeakers } from '../src/importer/config-files.ts'
import { importPaths } from '../src/importer/import-files.ts'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = path.join(root, 'data')
const statementsDir = path.join(dataDir, 'statements')
const ownedFile = path.join(dataDir, 'starter.json')
const work = path.join(root, '.tmp/starter')

/** What the starter collection holds: the archive's subjects, and two voices in full. */
const SUBJECT_TOPICS = ['cyber-defence', 'cybersecurity', 'eu-nato']
const EVERY_STATEMENT_OF = ['EST', 'EU']
const MAX_STATEMENTS = 2500
const MAX_BYTES = 25 * 1024 * 1024

function usage(message: string): never {
  console.error(`✗ ${message}\n  usage: npm run starter -- ../shared/corpora   (the folder holding wh-briefings/ and ungdc/)`)
  process.exit(2)
}

async function readStatements(dir: string): Promise<Statement[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  const out: Statement[] = []
  // In batches: 25,000 files at once would run out of file handles.
  for (let i = 0; i < names.length; i += 256) {
    const batch = names.slice(i, i + 256)
    out.push(...(await Promise.all(batch.map(async (n) => JSON.parse(await readFile(path.join(dir, n), 'utf8')) as Statement))))
  }
  return out
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    total += entry.isDirectory() ? await folderBytes(full) : (await stat(full)).size
  }
  return total
}

const fromUngdc = (s: Statement) => s.source?.publisher === 'UN General Debate Corpus'

function why(s: Statement): string | undefined {
  if (fromUngdc(s) && s.country && EVERY_STATEMENT_OF.includes(s.country)) return `every General Debate statement by ${s.country}`
  const topic = s.topics.find((t) => SUBJECT_TOPICS.includes(t))
  return topic ? `topic ${topic}` : undefined
}

async function main() {
  const corpora = process.argv[2]
  if (!corpora) usage('give the folder that holds the corpora')
  const wh = path.resolve(corpora, 'wh-briefings')
  const ungdc = path.resolve(corpora, 'ungdc')
  for (const folder of [wh, ungdc]) if (!existsSync(folder)) usage(`${folder} does not exist`)

  // Both corpora into one scratch folder with one alias table, started from the project's, so
  // that a person has one id across collections (Joe Biden at the UN and in the briefing room).
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const speakersFile = path.join(work, 'speakers.json')
  await writeFile(speakersFile, await readFile(path.join(dataDir, 'speakers.json')))
  const imported = path.join(work, 'statements')
  const started = performance.now()
  for (const [folder, collection] of [
    [ungdc, 'ungdc'],
    [wh, 'wh-briefings'],
  ] as const) {
    const report = await importPaths([folder], { to: imported, speakersFile, updateSpeakers: true, collection })
    console.log(`· imported ${collection}: ${report.imported + report.updated + report.unchanged} statements, ${report.rejected.length} rejected`)
  }

  const all = await readStatements(imported)
  const chosen = all.filter((s) => why(s) !== undefined)
  const owned: string[] = existsSync(ownedFile) ? JSON.parse(await readFile(ownedFile, 'utf8')) : []
  const handAdded = (await readdir(statementsDir)).filter((n) => n.endsWith('.json') && !owned.includes(n.slice(0, -5)))
  if (chosen.length + handAdded.length > MAX_STATEMENTS) {
    throw new Error(`${chosen.length} statements selected, with ${handAdded.length} added by hand: more than ${MAX_STATEMENTS}`)
  }

  // Write what is chosen (unchanged files are left alone), then remove what the starter wrote
  // before and no longer chooses. Hand-added files are not the starter's to touch.
  let written = 0
  for (const s of chosen) {
    const file = path.join(statementsDir, `${s.id}.json`)
    const json = `${JSON.stringify(s, null, 2)}\n`
    if (existsSync(file) && !owned.includes(s.id)) {
      console.log(`· ${s.id} exists and was added by hand: left as it is`)
      continue
    }
    if (!existsSync(file) || (await readFile(file, 'utf8')) !== json) {
      await writeFile(file, json)
      written++
    }
  }
  const chosenIds = new Set(chosen.map((s) => s.id))
  let removed = 0
  for (const id of owned) {
    if (!chosenIds.has(id) && existsSync(path.join(statementsDir, `${id}.json`))) {
      await unlink(path.join(statementsDir, `${id}.json`))
      removed++
    }
  }
  const ownedNow = [...chosenIds].filter((id) => !handAdded.includes(`${id}.json`)).sort()
  await writeFile(ownedFile, `${JSON.stringify(ownedNow, null, 2)}\n`)

  // The alias table keeps everyone it had, and gains the people of the chosen statements.
  const used = new Set(chosen.flatMap((s) => s.speakers.map((sp) => sp.id)))
  const table = await loadSpeakers(path.join(dataDir, 'speakers.json'))
  const known = new Set(table.map((e) => e.id))
  const added = (await loadSpeakers(speakersFile)).filter((e) => used.has(e.id) && !known.has(e.id))
  saveSpeakers(path.join(dataDir, 'speakers.json'), [...table, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))

  await writeFile(path.join(dataDir, 'SOURCES.md'), sourcesMarkdown(chosen))
  const bytes = await folderBytes(dataDir)
  if (bytes > MAX_BYTES) throw new Error(`data/ holds ${(bytes / 1024 / 1024).toFixed(1)} MB: more than 25 MB`)
  const byReason = new Map<string, number>()
  for (const s of chosen) byReason.set(why(s) as string, (byReason.get(why(s) as string) ?? 0) + 1)
  console.log(
    `✓ starter collection: ${chosen.length} imported statements (${written} written, ${removed} removed) and ${handAdded.length} added by hand; ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MB in data/; ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  for (const [reason, n] of [...byReason].sort()) console.log(`  ${reason}: ${n}`)
}

function sourcesMarkdown(chosen: readonly Statement[]): string {
  const count = (test: (s: Statement) => boolean) => chosen.filter(test).length.toLocaleString('en-GB')
  return `# Sources of data/statements

Every statement here is real and public. \`npm run starter -- ../shared/corpora\` rebuilds the
imported ones (listed in \`data/starter.json\`) from the two corpora below with the project's
importer; running it twice changes nothing. Statements added by hand are never touched by it.
Tests never read this folder: they write or own their fixtures (\`tests/fixtures/\`).

## What the starter collection holds

- every UN General Debate statement by Estonia and by the European Union: ${count((s) => fromUngdc(s) && EVERY_STATEMENT_OF.includes(s.country ?? ''))};
- the UN General Debate statements whose topics include cyber defence, cybersecurity or EU–NATO
  cooperation: ${count((s) => fromUngdc(s) && s.topics.some((t) => SUBJECT_TOPICS.includes(t)))} (some also counted above);
- the White House releases whose topics include them: ${count((s) => !fromUngdc(s))};
- the seed, added by hand (below).

Topics are the importer's, from the rules in \`data/topics.json\`: a topic counts when the title
names it, or when the text mentions it at least twice plus once more per 1,000 words.

## The seed

Estonian Ministry of Foreign Affairs, press release of 7 April 2016, "Foreign Minister
Kaljurand: The EU and NATO must intensify cybersecurity cooperation" (Marina Kaljurand), as
published by the ministry. Public government information.

## United Nations General Debate Corpus (UNGDC), 1946–2024

- Licence: CC0 1.0 (public domain dedication), Harvard Dataverse, doi:10.7910/DVN/0TJX8Y. The
  texts are records of the UN General Assembly.
- Cite as: Jankin, S., Baturo, A. and Dasandi, N., "Words to unite nations: The complete UN
  General Debate Corpus, 1946-present", *Journal of Peace Research*; and Baturo, A., Dasandi, N.
  and Mikhaylov, S., "Understanding State Preferences With Text As Data: Introducing the UN
  General Debate Corpus", *Research & Politics*, 2017.
- Version 13 (1946–2024), as mirrored in SarahFranzen/Emotions_in_the_United_Nations_General_Debates,
  commit 3b277c41. Only the year is recorded: these statements are dated to the year.
- Speakers and posts come from the corpus's spreadsheet (\`Speakers_by_session.xlsx\`); a
  statement whose row is missing has no speaker rather than a guessed one.

## White House briefing room, 2021–2026

- Licence: the collection is published under CC0 1.0; the texts are works of the US federal
  government (public domain in the United States).
- Source: the public repository brian14708/wh-briefings, commit
  737ca03a271adc205c67766074ec8d0070f7ad95. Each statement links its original page on
  whitehouse.gov.
- Cite each statement by its original URL (\`source.url\`), publisher The White House.
`
}

main().catch((error: unknown) => {
  console.error(`✗ starter failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
