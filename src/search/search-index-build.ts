import type { CompiledCorpus, Statement } from '../corpus/schema.ts'
import { countryName } from '../corpus/countries.ts'
import { Catalog } from './catalog.ts'
import { idChunks, rowChunks, ROWS_PER_CHUNK } from './catalog-chunks.ts'
import { idsUnlikeLabels } from './label-ids.ts'
import { distinctValues, FACETS, LABEL_COLLATOR, type FacetKey, type FacetNames, type FacetSource } from './facets.ts'
import { PROFILE_FACETS, profileFile, profileFileName, type ProfileFile, type ProfileSource } from './profile-files.ts'
import { compareTerms, encodeShard, FIELD_POSITIONS, type CatalogEntry, type CatalogHead, type FacetColumn, type IdChunk, type RowChunk, type FacetColumns, type SearchFile } from './index-format.ts'
import { ByteWriter } from './postings.ts'
import { storedLength } from './search-file-codec.ts'
import { scanTermIds, TermTable } from './term-scanner.ts'

// Build-time construction of the search index, as parts a browser can load one at a time
// (index-format.ts): the catalog (what result rows show), the search file (document lengths,
// the vocabulary with document frequencies and shard boundaries, and the facet columns) and
// posting shards, each a contiguous alphabetical run of the vocabulary, so that the words a
// prefix stands for usually sit in one shard.

export const FIELD_BOOST = { title: 3, speakers: 4, topics: 2, body: 1 } as const
type Field = keyof typeof FIELD_BOOST
/** In the order of their first positions (FIELD_POSITIONS), so positions are written ascending. */
const FIELDS: readonly Field[] = ['title', 'body', 'speakers', 'topics']

/** Positions jump by this between paragraphs, so no phrase spans two of them. */
const POSITION_GAP = 8
/**
 * A shard is what a query word costs to fetch: positions and postings compress only to about
 * two thirds, so a 256 KiB shard cost 170 kB brotli for one word of the combined archive. At 32
 * KiB a rare word costs about 20 kB; a common word whose lists are larger has a shard of its own.
 */
const DEFAULT_SHARD_BYTES = 32 * 1024

/** The page's catalog as files: the head, and the rows and ids in chunks (catalog-chunks.ts). */
export interface CatalogParts {
  head: CatalogHead
  rows: RowChunk[]
  ids: IdChunk[]
}

export interface SearchIndexParts {
  catalog: CatalogParts
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
    let length = 0
    const texts = fieldTexts(s, topicLabels)
    for (const field of FIELDS) {
      const boost = FIELD_BOOST[field]
      // Every field starts at a fixed position, so a position says which field it is in.
      let position = FIELD_POSITIONS[field]
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
          // Every position, so that a phrase is checked against every statement that holds its words.
          ;(slotPositions[slot] as number[]).push(position)
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

  const columns = facetColumns(corpus.statements, corpus.topics)
  return {
    catalog: catalogParts(corpus, columns),
    search: {
      version: 2,
      columns,
      // At one byte's precision, as Lucene keeps norms: a fifth of the search file's bytes at
      // 100,000 statements, for BM25 lengths within an eighth (search-file-codec.ts).
      docLength: docLength.map(storedLength),
      terms: order.map((id) => termList[id]).join('\n'),
      df: order.map((id) => df[id] as number),
      shardStarts,
    },
    shards,
  }
}

/** The names the build gives codes: topics from the topic table, countries from the ISO list. */
export function facetNames(topics: CompiledCorpus['topics']): FacetNames {
  const topicLabels = new Map(topics.map((t) => [t.id, t.label]))
  return { topic: (id) => topicLabels.get(id), country: countryName }
}

/** What result rows show of each statement: all but its text and source, which its body file has. */
function catalogEntries(corpus: CompiledCorpus): CatalogEntry[] {
  return corpus.statements.map(({ paragraphs: _p, source: _s, ...entry }) => entry)
}

function catalogHead(corpus: CompiledCorpus, columns: FacetColumns, idStarts: string[]): CatalogHead {
  const labels = {} as CatalogHead['labels']
  for (const { key } of FACETS) {
    const { values, labels: names } = columns.facets[key]
    labels[key] = { labels: names, ids: idsUnlikeLabels(values, names) }
  }
  return { version: 3, statements: corpus.statements.length, topics: corpus.topics, labels, rowsPerChunk: ROWS_PER_CHUNK, idStarts }
}

/** What the page loads: a small head, then every statement but its text and source, in chunks. */
function catalogParts(corpus: CompiledCorpus, columns: FacetColumns): CatalogParts {
  const entries = catalogEntries(corpus)
  const ids = idChunks(entries)
  return { head: catalogHead(corpus, columns, ids.idStarts), rows: rowChunks(entries), ids: ids.chunks }
}

/** The page's catalog of a corpus held whole, every row loaded: for scripts and tests. */
export function catalogOf(corpus: CompiledCorpus): Catalog {
  const entries = catalogEntries(corpus)
  return Catalog.whole(catalogHead(corpus, facetColumns(corpus.statements, corpus.topics), idChunks(entries).idStarts), entries)
}

/** Each facet's column of some statements, as the facet table declares it. */
export function facetColumns(docs: readonly FacetSource[], topics: CompiledCorpus['topics']): FacetColumns {
  const names = facetNames(topics)
  const facets = {} as Record<FacetKey, FacetColumn>
  for (const facet of FACETS) {
    const codes = new Map<string, number>()
    const values: string[] = []
    const labels: string[] = []
    const docStart = new Int32Array(docs.length + 1)
    const docValues: number[] = []
    const codeOf = (id: string, label: string) => {
      let code = codes.get(id)
      if (code === undefined) {
        code = values.push(id) - 1
        labels.push(label)
        codes.set(id, code)
      }
      return code
    }
    docs.forEach((doc, d) => {
      for (const v of distinctValues(facet.values(doc, names))) docValues.push(codeOf(v.id, v.label))
      docStart[d + 1] = docValues.length
    })
    // Renumbered in label order, ties in order of first use: what the search side lists facet
    // values in after their counts, which it then need not sort as it starts (ranker.ts).
    const order = values.map((_, code) => code).sort((a, b) => LABEL_COLLATOR.compare(labels[a] as string, labels[b] as string) || a - b)
    const recode = new Int32Array(values.length)
    order.forEach((code, place) => (recode[code] = place))
    const column: FacetColumn = {
      values: order.map((code) => values[code] as string),
      labels: order.map((code) => labels[code] as string),
      docStart,
      docValues: Int32Array.from(docValues, (code) => recode[code] as number),
    }
    facets[facet.key] = column
  }
  return { dates: docs.map((d) => d.date), facets }
}

/**
 * Every profile file of a corpus in archive order: each value that a statement holds, by the
 * facet table's own reading of statements (so a page lists what its filter finds), and every
 * declared topic, with statements or not.
 */
export function profileFiles(corpus: CompiledCorpus): Array<[name: string, file: ProfileFile]> {
  const names = facetNames(corpus.topics)
  const out: Array<[string, ProfileFile]> = []
  for (const facet of PROFILE_FACETS) {
    const { values } = FACETS.find((f) => f.key === facet) as (typeof FACETS)[number]
    const byValue = new Map<string, ProfileSource[]>()
    if (facet === 'topic') for (const t of corpus.topics) byValue.set(t.id, [])
    for (const s of corpus.statements) {
      for (const v of distinctValues(values(s, names))) {
        let list = byValue.get(v.id)
        if (!list) byValue.set(v.id, (list = []))
        list.push(s)
      }
    }
    for (const [id, statements] of byValue) out.push([profileFileName(facet, id), profileFile(facet, id, statements)])
  }
  return out
}
