import path from 'node:path'
import { describeIssues, statementSchema, type StatementType } from '../corpus/schema.ts'
import { analyse, buildStatement, type Draft } from './build-statement.ts'
import { collectFiles, type InputFile } from './collect-files.ts'
import { loadSpeakers, loadTopics, saveSpeakers } from './config-files.ts'
import { CorpusStore } from './corpus-store.ts'
import { compileTopicRules } from './extract-topics.ts'
import { parseJson } from './parse-json.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { parsePlainText } from './parse-text.ts'
import type { ParsedItem } from './raw-document.ts'
import { DEFAULT_MAX_FILE_BYTES, readInput } from './read-input.ts'
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
  onProgress?: (progress: ImportProgress) => void
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
  elapsedMs: number
}

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

export async function importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now()
  const target = path.resolve(options.to ?? DEFAULT_TARGET)
  const speakersFile = path.resolve(options.speakersFile ?? DEFAULT_SPEAKERS)
  const updateSpeakers = options.updateSpeakers ?? (options.speakersFile !== undefined || target === path.resolve(DEFAULT_TARGET))
  const [topics, speakerEntries] = await Promise.all([
    loadTopics(options.topicsFile ?? 'data/topics.json'),
    loadSpeakers(speakersFile),
  ])
  const rules = compileTopicRules(topics)
  const registry = new SpeakerRegistry(speakerEntries)
  const store = await CorpusStore.open(target)
  const collected = await collectFiles(paths, [target])
  const { files } = collected

  const report: ImportReport = {
    target,
    files: files.length,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: [...collected.missing],
    duplicates: [],
    skipped: collected.skipped,
    byType: {},
    topSpeakers: [],
    topTopics: [],
    distinctSpeakers: 0,
    speakersAdded: 0,
    speakersFile: { path: speakersFile, updated: false },
    elapsedMs: 0,
  }

  // Pass 1: read and parse each file on its own.
  const perFile = files.map((file, index) => {
    const input = readInput(file.path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
    let items: ParsedItem[]
    if (input.reason !== undefined) {
      items = [{ reason: input.reason }]
    } else {
      try {
        items = parseFile(file, input.text)
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
  const drafts: Draft[] = []
  for (const outcome of perFile.flat()) {
    if ('reason' in outcome) report.rejected.push(outcome)
    else drafts.push(outcome)
  }
  drafts.forEach((d) => d.people.forEach((p) => registry.noteFullName(p)))

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
    const speakers = draft.people.map((p) => registry.resolve(p))
    const statement = buildStatement(draft, assignment.id, speakers, rules, store.keptFields(assignment.id))
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
