import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { isKnownCountry } from '../corpus/countries.ts'
import { isPartialDate } from '../corpus/partial-date.ts'
import { describeIssues, statementTypeSchema, type StatementType } from '../corpus/schema.ts'
import { SLUG } from '../lib/slug.ts'
import type { InputFile, InputFormat } from './collect-files.ts'
import { ConfigError } from './config-files.ts'
import { compileTemplate, TemplateError, type FieldTemplate } from './field-template.ts'
import { readMetadataTable, TableJoin, type JoinKey } from './metadata-table.ts'
import { compilePathPattern, PatternError, type PathPattern } from './path-pattern.ts'

// A collection profile tells the importer how to read one published collection: which files
// are statements and what their paths say, which metadata table to join, and the fields every
// statement of the collection shares. The format is documented in collections/README.md; the
// schema below is its definition. A profile that cannot work stops the run before anything is
// read, naming the profile file and the field.

export const COLLECTIONS_DIR = path.resolve(import.meta.dirname, '../../collections')

/** A profile that cannot be used: the message names the profile file and the field. */
export class ProfileError extends ConfigError {
  constructor(
    readonly profileFile: string,
    readonly field: string,
    message: string,
  ) {
    super(`${profileFile}: ${field}: ${message}`)
  }
}

const nonEmpty = z.string().trim().min(1)

const profileSchema = z.strictObject({
  name: z.string().regex(SLUG, 'must be a lowercase slug').optional(),
  description: nonEmpty.optional(),
  licence: nonEmpty.optional(),
  files: z.strictObject({
    pattern: nonEmpty,
    fields: z.record(z.string(), nonEmpty).default({}),
    format: z.enum(['text', 'markdown', 'json']),
    text: z.enum(['release', 'body']).default('release'),
  }),
  detect: z
    .strictObject({
      files: z.array(nonEmpty).default([]),
      folders: z.array(nonEmpty).default([]),
      frontMatter: z.boolean().default(false),
      share: z.number().gt(0).max(1).default(0.9),
    })
    .optional(),
  metadata: z
    .strictObject({
      table: nonEmpty,
      sheet: z.union([nonEmpty, z.number().int().positive()]).optional(),
      join: z.record(z.string(), nonEmpty).refine((join) => Object.keys(join).length > 0, 'must join at least one path field to a column'),
      values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
      columns: z.strictObject({
        speaker: nonEmpty.optional(),
        role: nonEmpty.optional(),
        countryName: nonEmpty.optional(),
      }),
    })
    .optional(),
  statement: z
    .strictObject({
      date: nonEmpty.default('source'),
      title: nonEmpty.optional(),
      type: statementTypeSchema.optional(),
      country: nonEmpty.optional(),
      place: nonEmpty.optional(),
      issuer: nonEmpty.optional(),
      publisher: nonEmpty.optional(),
    })
    .default({ date: 'source' }),
})

export type ProfileFormat = 'text' | 'markdown' | 'json'
const FORMATS_OF: Record<ProfileFormat, readonly InputFormat[]> = {
  text: ['text'],
  markdown: ['markdown'],
  json: ['json', 'json-lines'],
}

export interface CollectionProfile {
  name: string
  /** The profile's file, as named in messages. */
  file: string
  description?: string
  licence?: string
  format: ProfileFormat
  /** For text files: a release (dateline, headline, text) or only the statement's words. */
  layout: 'release' | 'body'
  pattern: PathPattern
  detect?: { files: string[]; folders: string[]; frontMatter: boolean; share: number }
  metadata?: {
    table: string
    sheet?: string | number
    keys: JoinKey[]
    columns: { speaker?: string; role?: string; countryName?: string }
  }
  statement: {
    /** "source": the file's own date (front matter, JSON, or a dateline); else from the path. */
    date: 'source' | FieldTemplate
    title?: FieldTemplate
    type?: StatementType
    country?: FieldTemplate
    place?: FieldTemplate
    issuer?: FieldTemplate
    publisher?: FieldTemplate
  }
}

export const acceptsFormat = (profile: CollectionProfile, format: InputFormat) => FORMATS_OF[profile.format].includes(format)

/** Fields a template may name: the path's, and the metadata columns the profile maps. */
function templateFields(pattern: PathPattern, columns: Record<string, string | undefined> | undefined): Set<string> {
  return new Set([...pattern.fields, ...Object.keys(columns ?? {}).filter((k) => columns?.[k])])
}

export function compileProfile(value: unknown, file: string, fallbackName: string): CollectionProfile {
  const parsed = profileSchema.safeParse(value)
  if (!parsed.success) {
    const [first, ...rest] = describeIssues(parsed.error)
    const [field = '(file)', ...message] = (first ?? '(file): invalid').split(': ')
    throw new ProfileError(file, field, [message.join(': '), ...rest].join('; '))
  }
  const raw = parsed.data
  let pattern: PathPattern
  try {
    pattern = compilePathPattern(raw.files.pattern, raw.files.fields)
  } catch (error) {
    if (error instanceof PatternError) throw new ProfileError(file, 'files.pattern', error.message)
    throw error
  }

  let metadata: CollectionProfile['metadata']
  if (raw.metadata) {
    const keys: JoinKey[] = []
    for (const [field, column] of Object.entries(raw.metadata.join)) {
      if (!pattern.fields.includes(field)) {
        throw new ProfileError(file, `metadata.join.${field}`, `the file pattern has no {${field}} (it gives ${pattern.fields.map((f) => `{${f}}`).join(', ') || 'no fields'})`)
      }
      keys.push({ field, column, values: raw.metadata.values[field] ?? {} })
    }
    for (const field of Object.keys(raw.metadata.values)) {
      if (!(field in raw.metadata.join)) throw new ProfileError(file, `metadata.values.${field}`, `{${field}} is not one of the join's fields`)
    }
    const columns: NonNullable<CollectionProfile['metadata']>['columns'] = {}
    if (raw.metadata.columns.speaker) columns.speaker = raw.metadata.columns.speaker
    if (raw.metadata.columns.role) columns.role = raw.metadata.columns.role
    if (raw.metadata.columns.countryName) columns.countryName = raw.metadata.columns.countryName
    metadata = { table: raw.metadata.table, keys, columns, ...(raw.metadata.sheet !== undefined ? { sheet: raw.metadata.sheet } : {}) }
  }

  const known = templateFields(pattern, metadata?.columns)
  const template = (field: string, source: string | undefined): FieldTemplate | undefined => {
    if (source === undefined) return undefined
    try {
      return compileTemplate(source, known)
    } catch (error) {
      if (error instanceof TemplateError) throw new ProfileError(file, `statement.${field}`, error.message)
      throw error
    }
  }

  const s = raw.statement
  let date: CollectionProfile['statement']['date'] = 'source'
  if (s.date !== 'source') {
    const compiled = template('date', s.date)
    if (compiled && compiled.fields.length === 0 && !isPartialDate(s.date)) {
      throw new ProfileError(file, 'statement.date', `"${s.date}" is neither "source", a template such as "{year}", nor a date (YYYY, YYYY-MM or YYYY-MM-DD)`)
    }
    if (compiled) date = compiled
  }
  if (date !== 'source' && raw.files.format !== 'text') {
    throw new ProfileError(file, 'statement.date', `${raw.files.format === 'json' ? 'JSON' : 'Markdown'} files carry their own date: use "source"`)
  }
  const layout = raw.files.format === 'text' ? raw.files.text : 'release'
  if (layout === 'body') {
    if (date === 'source') throw new ProfileError(file, 'statement.date', 'a text with no dateline needs its date from the path, such as "{year}"')
    if (!s.title) throw new ProfileError(file, 'statement.title', 'a text with no headline needs a title template')
  }
  const country = template('country', s.country)
  if (country && country.fields.length === 0 && !isKnownCountry(s.country ?? '')) {
    throw new ProfileError(file, 'statement.country', `"${s.country}" is not a country code this archive knows (src/corpus/countries.ts)`)
  }

  const statement: CollectionProfile['statement'] = { date }
  const title = template('title', s.title)
  if (title) statement.title = title
  if (s.type) statement.type = s.type
  if (country) statement.country = country
  for (const key of ['place', 'issuer', 'publisher'] as const) {
    const compiled = template(key, s[key])
    if (compiled) statement[key] = compiled
  }

  return {
    name: raw.name ?? fallbackName,
    file,
    ...(raw.description ? { description: raw.description } : {}),
    ...(raw.licence ? { licence: raw.licence } : {}),
    format: raw.files.format,
    layout,
    pattern,
    ...(raw.detect ? { detect: raw.detect } : {}),
    ...(metadata ? { metadata } : {}),
    statement,
  }
}

const PROFILE_EXTENSIONS = ['.yaml', '.yml', '.json']

const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

export function loadProfile(file: string): CollectionProfile {
  const name = shown(file)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ProfileError(name, '(file)', `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  let value: unknown
  try {
    value = path.extname(file) === '.json' ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new ProfileError(name, '(file)', `not valid ${path.extname(file) === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`)
  }
  return compileProfile(value, name, path.basename(file, path.extname(file)))
}

function profileFiles(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.filter((n) => PROFILE_EXTENSIONS.includes(path.extname(n)) && !n.startsWith('.')).sort().map((n) => path.join(dir, n))
}

/** A profile named on the command line: a file, or the name of one in collections/. */
export function resolveProfile(nameOrPath: string, dir = COLLECTIONS_DIR): CollectionProfile {
  if (existsSync(nameOrPath) && statSync(nameOrPath).isFile()) return loadProfile(nameOrPath)
  for (const ext of PROFILE_EXTENSIONS) {
    const file = path.join(dir, `${nameOrPath}${ext}`)
    if (existsSync(file)) return loadProfile(file)
  }
  const names = profileFiles(dir).map((f) => path.basename(f, path.extname(f)))
  throw new ConfigError(`--collection ${nameOrPath}: no such profile file, and no profile of that name in ${shown(dir)} (there are: ${names.join(', ') || 'none'})`)
}

/** Every profile in collections/, each checked: one that is broken stops the run. */
export function loadProfiles(dir = COLLECTIONS_DIR): CollectionProfile[] {
  return profileFiles(dir).map(loadProfile)
}

function startsWithFrontMatter(file: string): boolean {
  try {
    return /^(?:\uFEFF)?---[ \t]*\r?\n/.test(readFileSync(file, 'utf8').slice(0, 16))
  } catch {
    return false
  }
}

/**
 * The profile whose `detect` rules a folder meets: the files and folders it names exist, and
 * most of the folder's files of the profile's format match its pattern. The first such profile,
 * in name order; none when no rule fits (the importer then reads each file by its extension).
 */
export function detectProfile(root: string, files: readonly InputFile[], profiles: readonly CollectionProfile[]): CollectionProfile | undefined {
  return profiles.find((profile) => {
    const rules = profile.detect
    if (!rules) return false
    const isFile = (p: string) => existsSync(path.join(root, p)) && statSync(path.join(root, p)).isFile()
    const isDir = (p: string) => existsSync(path.join(root, p)) && statSync(path.join(root, p)).isDirectory()
    if (!rules.files.every(isFile) || !rules.folders.every(isDir)) return false
    const candidates = files.filter((f) => acceptsFormat(profile, f.format))
    const matching = candidates.filter((f) => profile.pattern.match(f.relative))
    if (matching.length === 0 || matching.length < rules.share * candidates.length) return false
    return !rules.frontMatter || matching.slice(0, 5).every((f) => startsWithFrontMatter(f.path))
  })
}

/** A profile applied to one folder: its metadata table read, its columns checked. */
export interface OpenCollection {
  profile: CollectionProfile
  root: string
  detected: boolean
  tableFile?: string
  join?: TableJoin
}

export async function openCollection(profile: CollectionProfile, root: string, detected: boolean): Promise<OpenCollection> {
  const open: OpenCollection = { profile, root, detected }
  const meta = profile.metadata
  if (!meta) return open
  const tableFile = path.resolve(root, meta.table)
  if (!existsSync(tableFile)) throw new ProfileError(profile.file, 'metadata.table', `${shown(tableFile)} not found (the table is named relative to the imported folder)`)
  let table
  try {
    table = await readMetadataTable(tableFile, meta.sheet)
  } catch (error) {
    throw new ProfileError(profile.file, meta.sheet !== undefined ? 'metadata.sheet' : 'metadata.table', `${shown(tableFile)}: ${(error as Error).message}`)
  }
  const has = new Set(table.columns)
  const check = (field: string, column: string | undefined) => {
    if (column !== undefined && !has.has(column)) {
      throw new ProfileError(profile.file, field, `no column "${column}" in ${shown(tableFile)} (its columns: ${table.columns.join(', ')})`)
    }
  }
  for (const key of meta.keys) check(`metadata.join.${key.field}`, key.column)
  for (const [role, column] of Object.entries(meta.columns)) check(`metadata.columns.${role}`, column)
  open.tableFile = tableFile
  open.join = new TableJoin(table, meta.keys)
  return open
}
