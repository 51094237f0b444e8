import type { CompiledCorpus, Statement } from '../corpus/schema.ts'
import type { StatementType } from '../corpus/statement-types.ts'
import { ByteWriter, readVarint } from './postings.ts'
import { scanTermIds, TermTable } from './term-scanner.ts'

// Build-time construction of the search index, as parts a browser can load one at a time:
// a manifest (list metadata, topics, document lengths and the vocabulary with document
// frequencies and shard boundaries) and posting shards, each a contiguous alphabetical run of
// the vocabulary, so that the words a prefix stands for usually sit in one shard.

export const FIELD_BOOST = { title: 3, speakers: 4, topics: 2, body: 1 } as const
type Field = keyof typeof FIELD_BOOST
const FIELDS = Object.keys(FIELD_BOOST) as Field[]

/** Positions jump by this between fields and paragraphs, so no phrase spans two of them. */
const POSITION_GAP = 8
/**
 * Positions kept per term and document. A word said more often than this in one statement is
 * close to a stop word there; its first occurrences are enough to find a phrase, and the cap
 * keeps the index a fraction of the text's size.
 */
export const MAX_POSITIONS = 32
const DEFAULT_SHARD_BYTES = 256 * 1024

/**
 * What a result list shows without the text: everything but the paragraphs and the source,
 * which a statement's body file carries (the source URL alone would be 40% of this list on the
 * White House corpus, and only the statement page, citations and exports show it). Quotes
 * stay: they are few (155 in 14,000 White House releases) and speaker pages list them all.
 */
export type CatalogEntry = Omit<Statement, 'paragraphs' | 'source'>

/** What filtering, sorting and facet labels need of a statement: all the search worker loads. */
export interface FacetDoc {
  date: string
  type: StatementType
  speakers: ReadonlyArray<{ id: string; name: string }>
  topics: readonly string[]
}

/** The page's list: what result rows, profiles and the timeline show. */
export interface CatalogFile {
  version: 1
  catalog: CatalogEntry[]
  topics: CompiledCorpus['topics']
}

/** The postings' text side. */
export interface TextIndex {
  /** Tokens per statement, for BM25's length normalisation. */
  docLength: number[]
  /** Sorted distinct terms, joined by "\n" (smaller than a JSON array of strings). */
  terms: string
  /** Document frequency per term. */
  df: number[]
  /** Index of the first term of each shard; shard i holds terms [shardStarts[i], shardStarts[i+1]). */
  shardStarts: number[]
}

/**
 * Each statement's facet values as small integer codes into value tables: what filters and
 * facet counts work on, ready-made, so that the worker builds its filters without hashing a
 * string per statement.
 */
export interface FacetColumns {
  /** yyyy-mm-dd, per statement. */
  dates: string[]
  speakers: { values: string[]; docs: number[][] }
  topics: { values: string[]; docs: number[][] }
  types: { values: string[]; docs: number[] }
}

/** What the search worker loads: facets and vocabulary, a fraction of the catalog's size. */
export interface SearchFile extends TextIndex {
  version: 1
  topics: CompiledCorpus['topics']
  facets: FacetColumns
  /** Speakers' names, parallel to `facets.speakers.values` (their ids), for facet labels. */
  speakerNames: string[]
}

export interface SearchIndexParts {
  catalog: CatalogFile
  search: SearchFile
  shards: Uint8Array[]
}

export interface BuildOptions {
  /** Target size of a posting shard, in bytes. */
  shardBytes?: number
}

function fieldTexts(s: Statement, topicLabels: ReadonlyMap<string, string>): Record<Field, string[]> {
  return {
    title: [s.title],
    speakers: [s.speakers.map((sp) => `${sp.name} ${sp.role ?? ''}`).join(' ')],
    topics: [s.topics.map((t) => topicLabels.get(t) ?? t).join(' ')],
    body: s.paragraphs,
  }
}

export function buildSearchIndex(corpus: CompiledCorpus, options: BuildOptions = {}): SearchIndexParts {
  const topicLabels = new Map(corpus.topics.map((t) => [t.id, t.label]))
  const table = new TermTable()
  const termList = table.terms
  const postingWriters: ByteWriter[] = []
  const positionWriters: ByteWriter[] = []
  const lastDoc: number[] = []
  const df: number[] = []
  const docLength: number[] = []

  // Per-document scratch, reused so that the build allocates per term, not per token.
  const slotOf: number[] = []
  const slotTerm: number[] = []
  const slotTf: number[] = []
  const slotPositions: number[][] = []
  let slots = 0

  corpus.statements.forEach((s, doc) => {
    slots = 0
    let position = 0
    let length = 0
    const texts = fieldTexts(s, topicLabels)
    for (const field of FIELDS) {
      const boost = FIELD_BOOST[field]
      for (const text of texts[field]) {
        scanTermIds(text, table, (id) => {
          if (id === postingWriters.length) {
            postingWriters.push(new ByteWriter(8))
            positionWriters.push(new ByteWriter(8))
            lastDoc.push(0)
            df.push(0)
            slotOf.push(-1)
          }
          let slot = slotOf[id] as number
          if (slot < 0) {
            slot = slots++
            slotOf[id] = slot
            slotTerm[slot] = id
            slotTf[slot] = 0
            if (slotPositions[slot]) (slotPositions[slot] as number[]).length = 0
            else slotPositions[slot] = []
          }
          slotTf[slot] = (slotTf[slot] as number) + boost
          const positions = slotPositions[slot] as number[]
          if (positions.length < MAX_POSITIONS) positions.push(position)
          position++
          length++
        })
        position += POSITION_GAP
      }
    }
    docLength.push(length)
    for (let slot = 0; slot < slots; slot++) {
      const id = slotTerm[slot] as number
      slotOf[id] = -1
      const pos = positionWriters[id] as ByteWriter
      const before = pos.length
      let last = 0
      for (const p of slotPositions[slot] as number[]) {
        pos.varint(p - last)
        last = p
      }
      const main = postingWriters[id] as ByteWriter
      main.varint(doc - (lastDoc[id] as number))
      main.varint(slotTf[slot] as number)
      main.varint(pos.length - before)
      lastDoc[id] = doc
      df[id] = (df[id] as number) + 1
    }
  })

  const order = termList.map((_, i) => i).sort((a, b) => compareTerms(termList[a] as string, termList[b] as string))
  const shards: Uint8Array[] = []
  const shardStarts: number[] = []
  const target = options.shardBytes ?? DEFAULT_SHARD_BYTES
  let begin = 0
  let bytes = 0
  const flush = (end: number) => {
    shardStarts.push(begin)
    shards.push(encodeShard(order.slice(begin, end).map((id) => [postingWriters[id], positionWriters[id]] as const)))
    begin = end
    bytes = 0
  }
  order.forEach((id, i) => {
    bytes += (postingWriters[id] as ByteWriter).length + (positionWriters[id] as ByteWriter).length
    if (bytes >= target) flush(i + 1)
  })
  if (begin < order.length || shards.length === 0) flush(order.length)

  const { columns, speakerNames } = facetColumns(corpus.statements)
  return {
    catalog: {
      version: 1,
      catalog: corpus.statements.map(({ paragraphs: _p, source: _s, ...entry }) => entry),
      topics: corpus.topics,
    },
    search: {
      version: 1,
      topics: corpus.topics,
      facets: columns,
      speakerNames,
      docLength,
      terms: order.map((id) => termList[id]).join('\n'),
      df: order.map((id) => df[id] as number),
      shardStarts,
    },
    shards,
  }
}

/** Facet columns of some statements, with the speakers' names. */
export function facetColumns(docs: readonly FacetDoc[]): { columns: FacetColumns; speakerNames: string[] } {
  const table = () => {
    const codes = new Map<string, number>()
    const values: string[] = []
    const codeOf = (value: string) => {
      let code = codes.get(value)
      if (code === undefined) {
        code = values.length
        codes.set(value, code)
        values.push(value)
      }
      return code
    }
    return { values, codeOf }
  }
  const speakers = table()
  const topics = table()
  const types = table()
  const speakerNames: string[] = []
  const distinct = (codes: number[]) => codes.filter((c, i) => codes.indexOf(c) === i)
  const columns: FacetColumns = {
    dates: docs.map((d) => d.date),
    speakers: {
      values: speakers.values,
      docs: docs.map((d) =>
        distinct(
          d.speakers.map((sp) => {
            const code = speakers.codeOf(sp.id)
            speakerNames[code] ??= sp.name
            return code
          }),
        ),
      ),
    },
    topics: { values: topics.values, docs: docs.map((d) => distinct(d.topics.map(topics.codeOf))) },
    types: { values: types.values, docs: docs.map((d) => types.codeOf(d.type)) },
  }
  return { columns, speakerNames }
}

/** Plain code-unit order: what `<` does, so binary searches and prefix ranges agree with it. */
export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Shard layout: term count, then per term the byte lengths of its two streams, then the streams. */
function encodeShard(terms: ReadonlyArray<readonly [ByteWriter | undefined, ByteWriter | undefined]>): Uint8Array {
  const header = new ByteWriter(terms.length * 4 + 4)
  header.varint(terms.length)
  const blocks = terms.map(([p, q]) => [p?.finish() ?? new Uint8Array(), q?.finish() ?? new Uint8Array()] as const)
  for (const [p, q] of blocks) {
    header.varint(p.length)
    header.varint(q.length)
  }
  const out = new ByteWriter(header.length + blocks.reduce((n, [p, q]) => n + p.length + q.length, 0))
  out.bytes(header.finish())
  for (const [p, q] of blocks) {
    out.bytes(p)
    out.bytes(q)
  }
  return out.finish()
}

/** Where each term's streams sit inside a shard; slices share the shard's buffer. */
export function readShard(bytes: Uint8Array): Array<{ postings: Uint8Array; positions: Uint8Array }> {
  const cursor = { at: 0 }
  const count = readVarint(bytes, cursor)
  const lengths: number[] = []
  for (let i = 0; i < count * 2; i++) lengths.push(readVarint(bytes, cursor))
  let at = cursor.at
  const out = []
  for (let i = 0; i < count; i++) {
    const p = lengths[2 * i] as number
    const q = lengths[2 * i + 1] as number
    out.push({ postings: bytes.subarray(at, at + p), positions: bytes.subarray(at + p, at + p + q) })
    at += p + q
  }
  return out
}
