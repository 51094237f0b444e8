import { readFile } from 'node:fs/promises'
import { describeIssues, topicsFileSchema, type Topic } from '../corpus/schema.ts'
import { speakersFileSchema, type SpeakerEntry } from '../corpus/speakers-schema.ts'
import { writeIfChanged } from './atomic-write.ts'

// The two data files the importer reads besides its input. A broken one stops the run before
// anything is written: every statement would otherwise be tagged or attributed wrongly.

export class ConfigError extends Error {}

async function readJson(file: string, { optional = false } = {}): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new ConfigError(`${file}: ${(error as Error).message}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${file}: ${(error as Error).message}`)
  }
}

export async function loadTopics(file: string): Promise<Topic[]> {
  const parsed = topicsFileSchema.safeParse(await readJson(file))
  if (!parsed.success) throw new ConfigError(`${file}:\n  ${describeIssues(parsed.error).join('\n  ')}`)
  return parsed.data
}

/** The alias table; a missing file is an empty table, created on the first write. */
export async function loadSpeakers(file: string): Promise<SpeakerEntry[]> {
  const value = await readJson(file, { optional: true })
  if (value === undefined) return []
  const parsed = speakersFileSchema.safeParse(value)
  if (!parsed.success) throw new ConfigError(`${file}:\n  ${describeIssues(parsed.error).join('\n  ')}`)
  return parsed.data
}

export function saveSpeakers(file: string, entries: readonly SpeakerEntry[]): 'created' | 'updated' | 'unchanged' {
  return writeIfChanged(file, `${JSON.stringify(entries, null, 2)}\n`)
}
