import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describeIssues, statementSchema, topicsFileSchema, type Statement, type Topic } from './schema.ts'

export interface CorpusProblem {
  file: string
  messages: string[]
}

export interface FolderCorpus {
  statements: Statement[]
  problems: CorpusProblem[]
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

/**
 * Reads and validates every statement file below `dir`. Problems are collected rather than
 * thrown so that one run reports every broken file at once, each with the field at fault.
 */
export async function readCorpusFolder(dir: string, topics: Topic[]): Promise<FolderCorpus> {
  const topicIds = new Set(topics.map((t) => t.id))
  const statements: Statement[] = []
  const problems: CorpusProblem[] = []
  const seenIds = new Map<string, string>()

  for (const file of await listJsonFiles(dir)) {
    const rel = path.relative(process.cwd(), file)
    let raw: unknown
    try {
      raw = JSON.parse(await readFile(file, 'utf8'))
    } catch (error) {
      problems.push({ file: rel, messages: [`not valid JSON: ${(error as Error).message}`] })
      continue
    }
    const parsed = statementSchema.safeParse(raw)
    if (!parsed.success) {
      problems.push({ file: rel, messages: describeIssues(parsed.error) })
      continue
    }
    const statement = parsed.data
    const messages: string[] = []
    if (path.basename(file, '.json') !== statement.id) {
      messages.push(`id: "${statement.id}" does not match the file name`)
    }
    statement.topics.forEach((t, i) => {
      if (!topicIds.has(t)) messages.push(`topics.${i}: "${t}" is not in data/topics.json`)
    })
    const earlier = seenIds.get(statement.id)
    if (earlier) messages.push(`id: "${statement.id}" is already used by ${earlier}`)
    if (messages.length) {
      problems.push({ file: rel, messages })
      continue
    }
    seenIds.set(statement.id, rel)
    statements.push(statement)
  }
  return { statements, problems }
}

export async function readTopicsFile(file: string): Promise<Topic[]> {
  const parsed = topicsFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
  if (!parsed.success) {
    throw new Error(`${file} is invalid:\n  ${describeIssues(parsed.error).join('\n  ')}`)
  }
  return parsed.data
}
