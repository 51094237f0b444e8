import { mkdir, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Statement } from '../corpus/schema.ts'
import { aliasKey } from '../corpus/speakers-schema.ts'
import { STATEMENT_ID } from '../lib/slug.ts'
import { writeFileAtomic, writeIfChanged } from './atomic-write.ts'
import { statementId } from './slug.ts'
import { urlKey } from './source-info.ts'

// The target folder as the importer sees it: which ids exist, which source each came from, and
// where a statement may be written. Ids stay stable across runs: a statement already in the
// folder is found again by its source URL or by its date and title, and keeps its id.

/** What is kept of a statement already on disk: enough to find it again and to respect hand edits. */
interface Known {
  id: string
  url?: string
  kept: Pick<Statement, 'issuer' | 'country' | 'place' | 'synthetic' | 'source'>
}

export interface Identity {
  date: string
  title: string
  url?: string
  /** An id the input asked for (JSON statements carry one). */
  wantedId?: string
}

export type Assignment = { id: string; duplicateOf?: undefined } | { id?: undefined; duplicateOf: string }

const titleKey = (date: string, title: string) => `${date}|${aliasKey(title)}`

export class CorpusStore {
  private readonly known = new Map<string, Known>()
  private readonly byUrl = new Map<string, string>()
  private readonly byTitle = new Map<string, Array<{ id: string; url?: string }>>()
  private readonly claimed = new Set<string>()
  /** Ids with a file on disk, readable or not. */
  private readonly present = new Set<string>()

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<CorpusStore> {
    const store = new CorpusStore(path.resolve(dir))
    await mkdir(store.dir, { recursive: true })
    const names = (await readdir(store.dir)).filter((n) => n.endsWith('.json') && STATEMENT_ID.test(n.slice(0, -5))).sort()
    for (const name of names) {
      store.present.add(name.slice(0, -5))
      let value: Partial<Statement>
      try {
        value = JSON.parse(await readFile(path.join(store.dir, name), 'utf8')) as Partial<Statement>
      } catch {
        continue // not ours to judge; the corpus build reports broken files
      }
      const id = name.slice(0, -5)
      const url = typeof value.source?.url === 'string' ? value.source.url : undefined
      const kept: Known['kept'] = {}
      if (value.issuer) kept.issuer = value.issuer
      if (value.country) kept.country = value.country
      if (value.place) kept.place = value.place
      if (typeof value.synthetic === 'boolean') kept.synthetic = value.synthetic
      if (value.source) kept.source = value.source
      store.known.set(id, { id, ...(url ? { url } : {}), kept })
      if (typeof value.date === 'string' && typeof value.title === 'string') store.remember(id, value.date, value.title, url)
    }
    return store
  }

  private remember(id: string, date: string, title: string, url: string | undefined): void {
    if (url) {
      try {
        if (!this.byUrl.has(urlKey(url))) this.byUrl.set(urlKey(url), id)
      } catch {
        // an unparsable URL in a hand-made file only means it cannot be matched by URL
      }
    }
    const key = titleKey(date, title)
    const list = this.byTitle.get(key) ?? []
    list.push(url ? { id, url } : { id })
    this.byTitle.set(key, list)
  }

  /**
   * The id for a statement: the one it already has, or a new one from its date and title with a
   * numeric suffix if taken. Same URL, or same date and title (unless both have different URLs),
   * means the same statement; a second input for a statement already claimed in this run is a
   * duplicate.
   */
  assign(identity: Identity): Assignment {
    const { date, title, url } = identity
    let id = url ? this.byUrl.get(urlKey(url)) : undefined
    id ??= this.byTitle
      .get(titleKey(date, title))
      ?.find((c) => !c.url || !url || urlKey(c.url) === urlKey(url))?.id
    if (id && this.claimed.has(id)) return { duplicateOf: id }
    if (!id) {
      const base = identity.wantedId?.startsWith(`${date}-`) ? identity.wantedId : statementId(date, title)
      id = base
      for (let n = 2; this.known.has(id) || this.claimed.has(id); n++) id = `${base}-${n}`
      this.remember(id, date, title, url)
    }
    this.claimed.add(id)
    return { id }
  }

  /** Fields curated by hand in the existing file that the source does not provide. */
  keptFields(id: string): Known['kept'] {
    return this.known.get(id)?.kept ?? {}
  }

  /** The file for an id, refusing anything that would land outside the target folder. */
  pathFor(id: string): string {
    if (!STATEMENT_ID.test(id)) throw new Error(`refusing to write statement with unsafe id "${id}"`)
    const file = path.resolve(this.dir, `${id}.json`)
    if (path.dirname(file) !== this.dir) throw new Error(`refusing to write outside ${this.dir}: ${file}`)
    return file
  }

  write(statement: Statement): 'created' | 'updated' | 'unchanged' {
    const file = this.pathFor(statement.id)
    const content = `${JSON.stringify(statement, null, 2)}\n`
    // A new id has no file to compare with: skip the read that would only fail.
    if (this.present.has(statement.id)) return writeIfChanged(file, content)
    writeFileAtomic(file, content)
    this.present.add(statement.id)
    return 'created'
  }
}
