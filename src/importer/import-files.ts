import path from 'node:path'
import { isKnownCountry } from '../corpus/countries.ts'
import { describeIssues, statementSchema, type Statement, type StatementType } from '../corpus/schema.ts'
import { analyse, buildStatement, type Draft } from './build-statement.ts'
import { collectFiles, type InputFile } from './collect-files.ts'
import {
  acceptsFormat,
  COLLECTIONS_DIR,
  detectProfile,
  loadProfiles,
  openCollection,
  resolveProfile,
  type CollectionProfile,
  type OpenCollection,
} from './collection-profile.ts'
import { ConfigError, loadSpeakers, loadTopics, saveSpeakers } from './config-files.ts'
import { CorpusStore } from './corpus-store.ts'
import { compileTopicRules } from './extract-topics.ts'
import { parseJson } from './parse-json.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { parsePlainText } from './parse-text.ts'
import { parseWithProfile, rowsAgree, type ProfiledFile } from './profile-documents.ts'
import type { ParsedItem } from './raw-document.ts'
import { DEFAULT_MAX_FILE_BYTES, readInput } from './read-input.ts'
import { lettersKept } from './reflow.ts'
import { SpeakerRegistry } from './speaker-registry.ts'

// The importer as a function: files and folders in, statements in the target folder, and a
// report of what happened to every input. Two passes: the first parses every file on its own;
// the second needs the whole run (ids, duplicates, the alias table) and so runs in a fixed order.

export interface ImportOptions {
  /** Target folder; default data/statements. */
  to?: string
  /** The alias table to consult; default data/speakers.json. */
  speakersFile?: string
  /**
   * Whether people and spellings met for the first time are written back to `speakersFile`.
   * Default: when importing into data/statements, or when `speakersFile` is named, so a trial
   * import into a scratch folder never edits the project's alias table.
   */
  updateSpeakers?: boolean
  topicsFile?: string
  maxFileBytes?: number
  /**
   * The collection profile for every input: a profile file, or the name of one in
   * collections/. Without it, each folder is matched against the profiles' `detect` rules, and
   * a folder that meets none is read file by file, by extension.
   */
  collection?: string
  /** Whether folders are matched against the profiles' `detect` rules; default true. */
  detect?: boolean
  /** Where named and detected profiles are looked up; default collections/. */
  collectionsDir?: string
  /** The country of every statement of the run (ISO 3166-1 alpha-3), over what a profile says. */
  country?: string
  onProgress?: (progress: ImportProgress) => void
  /** Called with every statement written or found unchanged, in file order (for checks and counts). */
  onStatement?: (statement: Statement) => void
}

export interface ImportProgress {
  phase: 'read' | 'write'
  done: number
  total: number
}

export interface ItemRef {
  file: string
  /** Which record of a JSON array or JSON Lines file ("[3]", "line 4"). */
  item?: string
}

export interface ImportReport {
  target: string
  files: number
  imported: number
  updated: number
  unchanged: number
  rejected: Array<ItemRef & { reason: string }>
  duplicates: Array<ItemRef & { id: string }>
  skipped: Array<{ file: string; reason: string }>
  byType: Partial<Record<StatementType, number>>
  topSpeakers: Array<{ id: string; name: string; count: number }>
  topTopics: Array<{ id: string; count: number }>
  distinctSpeakers: number
  speakersAdded: number
  /** The alias table written back, or why not. */
  speakersFile: { path: string; updated: boolean; reason?: string }
  /** The profile each folder was read with. */
  collections: Array<{ root: string; profile: string; file: string; detected: boolean; licence?: string; table?: string }>
  /** How the files met their collection's metadata table. */
  table: {
    /** Files that found exactly one row, or duplicate rows that agree. */
    matched: number
    /** Files with no row: imported with what their path gives, and no speaker. */
    unmatchedFiles: Array<{ file: string; key: string }>
    /** Files whose row names nobody: imported with no speaker. */
    withoutName: Array<{ file: string; key: string; rows: number[] }>
    /** Rows no file asked for. */
    unmatchedRows: Array<{ table: string; row: number; key: string }>
    /** Keys that more than one row claims; rows that disagree give no speaker. */
    duplicateRows: Array<{ table: string; rows: number[]; key: string; agree: boolean }>
  }
  /** Imported, with something left out (an unknown country code). */
  notes: Array<{ file: string; text: string }>
  /** The share of the source's letters kept in title and paragraphs, over plain-text files. */
  letters: { measured: number; min: number; minFile?: string; below: Array<{ file: string; kept: number }> }
  elapsedMs: number
}

/** Below this share of its letters kept, a file is listed: text as spoken loses nothing. */
export const LETTERS_KEPT_THRESHOLD = 0.99

const TOP = 10
const DEFAULT_TARGET = 'data/statements'
const DEFAULT_SPEAKERS = 'data/speakers.json'

function parseFile(file: InputFile, text: string): ParsedItem[] {
  switch (file.format) {
    case 'text':
      return parsePlainText(text)
    case 'markdown':
      return parseMarkdown(text)
    case 'json':
      return parseJson(text)
    case 'json-lines':
      return parseJson(text, { lines: true })
  }
}

const ref = (file: string, item: string | undefined): ItemRef => (item === undefined ? { file } : { file, item })

function top<K extends string>(counts: Map<K, number>, n: number): Array<[K, number]> {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n)
}

function openProfiles(options: ImportOptions): { named?: CollectionProfile; detectable: CollectionProfile[] } {
  const dir = options.collectionsDir ?? COLLECTIONS_DIR
  if (options.collection !== undefined) return { named: resolveProfile(options.collection, dir), detectable: [] }
  return { detectable: options.detect === false ? [] : loadProfiles(dir) }
}

/** Each input folder with the profile it is read with, its metadata table read and checked. */
async function openCollections(files: readonly InputFile[], options: ImportOptions): Promise<Map<string, OpenCollection>> {
  const { named, detectable } = openProfiles(options)
  const byRoot = new Map<string, InputFile[]>()
  for (const file of files) {
    const list = byRoot.get(file.root)
    if (list) list.push(file)
    else byRoot.set(file.root, [file])
  }
  const open = new Map<string, OpenCollection>()
  for (const [root, list] of byRoot) {
    const profile = named ?? detectProfile(root, list, detectable)
    if (profile) open.set(root, await openCollection(profile, root, named === undefined))
  }
  return open
}

/** Why a file of a collection's folder is not one of its statements, if it is not. */
function outsideCollection(file: InputFile, collection: OpenCollection): string | undefined {
  const { profile } = collection
  if (!acceptsFormat(profile, file.format)) return `not a statement of collection ${profile.name}, which holds ${profile.format} files`
  if (!profile.pattern.match(file.relative)) return `not a statement of collection ${profile.name}: the path does not match ${profile.pattern.source}`
  return undefined
}

export async function importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now()
  const target = path.resolve(options.to ?? DEFAULT_TARGET)
  const speakersFile = path.resolve(options.speakersFile ?? DEFAULT_SPEAKERS)
  const updateSpeakers = options.updateSpeakers ?? (options.speakersFile !== undefined || target === path.resolve(DEFAULT_TARGET))
  const country = options.country?.trim().toUpperCase()
  if (country !== undefined && !isKnownCountry(country)) {
    throw new ConfigError(`--country ${options.country}: not a country code this archive knows (ISO 3166-1 alpha-3, or src/corpus/countries.ts)`)
  }
  const [topics, speakerEntries] = await Promise.all([
    loadTopics(options.topicsFile ?? 'data/topics.json'),
    loadSpeakers(speakersFile),
  ])
  const rules = compileTopicRules(topics)
  const registry = new SpeakerRegistry(speakerEntries)
  const collected = await collectFiles(paths, [target])
  const collections = await openCollections(collected.files, options)
  const store = await CorpusStore.open(target)
  const tables = new Map([...collections.values()].flatMap((c) => (c.tableFile ? [[c.tableFile, c] as const] : [])))

  const report: ImportReport = {
    target,
    files: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: [...collected.missing],
    duplicates: [],
    skipped: collected.skipped.map((s) => {
      const collection = tables.get(path.resolve(s.file))
      return collection ? { file: s.file, reason: `the metadata table of collection ${collection.profile.name}` } : s
    }),
    byType: {},
    topSpeakers: [],
    topTopics: [],
    distinctSpeakers: 0,
    speakersAdded: 0,
    speakersFile: { path: speakersFile, updated: false },
    collections: [...collections.values()].map((c) => ({
      root: c.root,
      profile: c.profile.name,
      file: c.profile.file,
      detected: c.detected,
      ...(c.profile.licence ? { licence: c.profile.licence } : {}),
      ...(c.tableFile ? { table: c.tableFile } : {}),
    })),
    table: { matched: 0, unmatchedFiles: [], withoutName: [], unmatchedRows: [], duplicateRows: [] },
    notes: [],
    letters: { measured: 0, min: 1, below: [] },
    elapsedMs: 0,
  }

  const files = collected.files.filter((file) => {
    const collection = collections.get(file.root)
    const outside = collection && outsideCollection(file, collection)
    if (outside) report.skipped.push({ file: file.display, reason: outside })
    return !outside
  })
  report.files = files.length

  const measureLetters = (file: InputFile, text: string, items: readonly ParsedItem[], titleFromText: boolean) => {
    if (file.format !== 'text') return
    for (const item of items) {
      if (!item.doc) continue
      const kept = lettersKept(text, titleFromText ? [item.doc.title, ...item.doc.paragraphs] : item.doc.paragraphs)
      report.letters.measured++
      if (report.letters.minFile === undefined || kept < report.letters.min) {
        report.letters.min = kept
        report.letters.minFile = file.display
      }
      if (kept < LETTERS_KEPT_THRESHOLD) report.letters.below.push({ file: file.display, kept })
    }
  }

  const noteTable = (file: InputFile, profiled: ProfiledFile) => {
    profiled.notes.forEach((text) => report.notes.push({ file: file.display, text }))
    const table = profiled.table
    if (!table) return
    if (table.match === 'matched' || table.match === 'duplicate rows agree') report.table.matched++
    else if (table.match === 'no row') report.table.unmatchedFiles.push({ file: file.display, key: table.key })
    else if (table.match === 'row without a name') report.table.withoutName.push({ file: file.display, key: table.key, rows: table.rows })
  }

  // Pass 1: read and parse each file on its own.
  const perFile = files.map((file, index) => {
    const collection = collections.get(file.root)
    const input = readInput(file.path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
    let items: ParsedItem[]
    if (input.reason !== undefined) {
      // In a collection's folder a binary file is one that came with it, not a broken statement.
      if (collection && input.reason.startsWith('binary')) {
        report.skipped.push({ file: file.display, reason: `not a statement: a ${input.reason}, despite its ${path.extname(file.path)} name` })
        items = []
      } else {
        items = [{ reason: input.reason }]
      }
    } else {
      try {
        if (collection) {
          const profiled = parseWithProfile(file, input.text, collection, country)
          noteTable(file, profiled)
          items = profiled.items
        } else {
          items = parseFile(file, input.text)
          if (country) items = items.map((item) => (item.doc ? { ...item, doc: { ...item.doc, country } } : item))
        }
        measureLetters(file, input.text, items, collection?.profile.layout !== 'body')
      } catch (error) {
        // A parser bug must cost one file, not the run.
        items = [{ reason: `could not be parsed: ${(error as Error).message}` }]
      }
    }
    options.onProgress?.({ phase: 'read', done: index + 1, total: files.length })
    return items.map((parsed): Draft | (ItemRef & { reason: string }) => {
      if (parsed.reason !== undefined) return { ...ref(file.display, parsed.item), reason: parsed.reason }
      try {
        return { ...ref(file.display, parsed.item), doc: parsed.doc, ...analyse(parsed.doc, file.folders) }
      } catch (error) {
        return { ...ref(file.display, parsed.item), reason: `could not be analysed: ${(error as Error).message}` }
      }
    })
  })
  for (const collection of collections.values()) {
    const { join, profile, tableFile } = collection
    if (!join || !tableFile || !profile.metadata) continue
    const table = path.relative(process.cwd(), tableFile).startsWith('..') ? tableFile : path.relative(process.cwd(), tableFile)
    for (const row of join.unmatched()) report.table.unmatchedRows.push({ table, row: row.row, key: join.describeRow(row) })
    for (const rows of join.duplicates()) {
      const [first] = rows
      if (!first) continue
      report.table.duplicateRows.push({ table, rows: rows.map((r) => r.row), key: join.describeRow(first), agree: rowsAgree(rows, profile.metadata.columns) })
    }
  }
  const drafts: Draft[] = []
  for (const outcome of perFile.flat()) {
    if ('reason' in outcome) report.rejected.push(outcome)
    else drafts.push(outcome)
  }
  // Each mention with its statement's year: a surname alone is read only as someone of the
  // same generation (speaker-registry.ts).
  const mentions = (draft: Draft) => draft.people.map((p) => ({ ...p, year: Number(draft.doc.date.slice(0, 4)) }))
  for (const draft of drafts) {
    for (const person of mentions(draft)) {
      try {
        registry.noteFullName(person)
      } catch {
        // a name the registry cannot use is reported when the statement's speakers are resolved
      }
    }
  }

  // Pass 2, in file order: ids, duplicates, speakers, then the statement.
  const ready = []
  for (const draft of drafts) {
    const where = ref(draft.file, draft.item)
    const assignment = store.assign({
      date: draft.doc.date,
      title: draft.doc.title,
      ...(draft.doc.sourceUrl ? { url: draft.doc.sourceUrl } : {}),
      ...(draft.doc.given?.id ? { wantedId: draft.doc.given.id } : {}),
    })
    if (assignment.duplicateOf !== undefined) {
      report.duplicates.push({ ...where, id: assignment.duplicateOf })
      continue
    }
    let statement
    try {
      const speakers = mentions(draft).map((p) => registry.resolve(p))
      statement = buildStatement(draft, assignment.id, speakers, rules, store.keptFields(assignment.id))
    } catch (error) {
      report.rejected.push({ ...where, reason: `could not be analysed: ${(error as Error).message}` })
      continue
    }
    const valid = statementSchema.safeParse(statement)
    if (!valid.success) {
      report.rejected.push({ ...where, reason: `invalid statement: ${describeIssues(valid.error).join('; ')}` })
      continue
    }
    ready.push(valid.data)
  }

  const outcomes = ready.map((statement, index) => {
    const outcome = store.write(statement)
    options.onProgress?.({ phase: 'write', done: index + 1, total: ready.length })
    return outcome
  })
  if (!registry.changed) {
    report.speakersFile.reason = 'no new people or spellings'
  } else if (!updateSpeakers) {
    report.speakersFile.reason = 'not data/statements; name the table with --speakers to extend it'
  } else {
    report.speakersFile.updated = saveSpeakers(speakersFile, registry.entries()) !== 'unchanged'
  }

  const speakerCounts = new Map<string, number>()
  const topicCounts = new Map<string, number>()
  ready.forEach((statement, i) => {
    const outcome = outcomes[i]
    if (outcome === 'created') report.imported++
    else if (outcome === 'updated') report.updated++
    else report.unchanged++
    report.byType[statement.type] = (report.byType[statement.type] ?? 0) + 1
    options.onStatement?.(statement)
    statement.speakers.forEach((s) => speakerCounts.set(s.id, (speakerCounts.get(s.id) ?? 0) + 1))
    statement.topics.forEach((t) => topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1))
  })
  report.topSpeakers = top(speakerCounts, TOP).map(([id, count]) => ({ id, name: registry.get(id)?.name ?? id, count }))
  report.topTopics = top(topicCounts, TOP).map(([id, count]) => ({ id, count }))
  report.distinctSpeakers = speakerCounts.size
  report.speakersAdded = registry.entries().length - speakerEntries.length
  report.elapsedMs = Math.round(performance.now() - started)
  return report
}
