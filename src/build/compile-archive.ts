import { createHash } from 'node:crypto'
import { archiveCorpus } from '../corpus/archive-order.ts'
import type { CompiledCorpus, CorpusManifest, Statement, Topic } from '../corpus/schema.ts'
import { splitShard } from '../search/index-format.ts'
import { encodeSearchFile } from '../search/search-file-codec.ts'
import { buildSearchIndex, profileFiles } from '../search/search-index-build.ts'
import { vocabularyFiles } from '../search/vocabulary-files.ts'

export interface ArchiveFile {
  /** Relative to the corpus folder. */
  path: string
  content: string | Uint8Array
}

export interface CompiledArchive {
  manifest: CorpusManifest
  files: ArchiveFile[]
  /** The corpus in archive order (newest first), for steps that follow, like the feed. */
  corpus: CompiledCorpus
}

const hashOf = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex').slice(0, 12)

/**
 * The files the app loads, each named by a hash of its content so that a browser or proxy can
 * cache them forever and a rebuilt corpus never mixes with an old one. Only manifest.json has a
 * fixed name; it is small and always revalidated.
 *
 *   catalog.<hash>.json        the catalog's head: labels, topics, where ids are; the page
 *                              loads it first
 *   rows/<hash>/<k>.json       what result rows show, ROWS_PER_CHUNK statements a file,
 *                              fetched for the rows on screen
 *   ids/<hash>/<k>.json        statement ids in sorted order, with their document numbers,
 *                              for a statement page opened by its URL
 *   search.<hash>.bin          the date and facet columns, document lengths and where the
 *                              shards start (search-file-codec.ts); the search worker loads it
 *   vocabulary/<hash>/…        the vocabulary in blocks, by first letter and length, and
 *                              reversed, with an index: fetched as a query's words need
 *   shards/<hash>/<n>.bin      posting lists, fetched when a query's words live there, and
 *   shards/<hash>/<n>.pos.bin  their positions, fetched when the query reads positions
 *   bodies/<hash>/<doc>.json   a statement's text, quotes and source, for snippets, the
 *                              statement page, citations and exports
 *   profiles/<hash>/<facet>/<id>.json
 *                              a speaker's, topic's or country's span, roles and newest
 *                              quotations (profile-files.ts), for its page
 *
 * Statements are ordered newest first (ties by id), so the same input always gives the same
 * bytes and the default view needs no sort.
 */
export function compileArchive(statements: Statement[], topics: Topic[], builtAt: string): CompiledArchive {
  const corpus = archiveCorpus(statements, topics)
  const sorted = corpus.statements
  const parts = buildSearchIndex(corpus)
  const files: ArchiveFile[] = []

  const named = (kind: string, json: string) => {
    const name = `${kind}.${hashOf(json)}.json`
    files.push({ path: name, content: json })
    return name
  }
  const catalogJson = JSON.stringify(parts.catalog.head)
  const catalog = named('catalog', catalogJson)
  const chunked = (kind: string, chunks: readonly unknown[]) => {
    const json = chunks.map((c) => JSON.stringify(c))
    const folder = `${kind}/${hashOf(json.join('\n'))}/`
    json.forEach((content, k) => files.push({ path: `${folder}${k}.json`, content }))
    return folder
  }
  const rows = chunked('rows', parts.catalog.rows)
  const ids = chunked('ids', parts.catalog.ids)
  // The vocabulary in files of its own, fetched as queries need them (vocabulary-files.ts); the
  // search file keeps the columns and where the shards start.
  const vocabularyParts = vocabularyFiles(parts.search.terms ? parts.search.terms.split('\n') : [], parts.search.df, parts.search.shardStarts)
  const vocabularyJson = vocabularyParts.files.map(([name, data]) => [name, JSON.stringify(data)] as const)
  const vocabularyIndexJson = JSON.stringify(vocabularyParts.index)
  const vocabulary = `vocabulary/${hashOf([vocabularyIndexJson, ...vocabularyJson.map(([, json]) => json)].join('\n'))}/`
  files.push({ path: `${vocabulary}index.json`, content: vocabularyIndexJson })
  for (const [name, json] of vocabularyJson) files.push({ path: `${vocabulary}${name}`, content: json })
  const search = ((bytes: Uint8Array) => {
    const name = `search.${hashOf(bytes)}.bin`
    files.push({ path: name, content: bytes })
    return name
  })(encodeSearchFile({ ...parts.search, terms: '', df: [] }))

  // One folder named for all of them, as for bodies: the manifest need not list thousands. Each
  // shard is two files, its postings and its positions, which only some queries read.
  const shards = `shards/${hashOf(parts.shards.map(hashOf).join('\n'))}/`
  parts.shards.forEach((bytes, i) => {
    const { postings, positions } = splitShard(bytes)
    files.push({ path: `${shards}${i}.bin`, content: postings }, { path: `${shards}${i}.pos.bin`, content: positions })
  })

  const bodyJson = sorted.map((s) => JSON.stringify({ paragraphs: s.paragraphs, ...(s.source ? { source: s.source } : {}) }))
  const bodies = `bodies/${hashOf(bodyJson.join('\n'))}/`
  bodyJson.forEach((json, doc) => files.push({ path: `${bodies}${doc}.json`, content: json }))

  const profileJson = profileFiles(corpus).map(([name, file]) => [name, JSON.stringify(file)] as const)
  const profiles = `profiles/${hashOf(profileJson.map(([name, json]) => `${name}\n${json}`).join('\n'))}/`
  for (const [name, json] of profileJson) files.push({ path: `${profiles}${name}`, content: json })

  return {
    manifest: {
      version: 4,
      statements: sorted.length,
      builtAt,
      catalog,
      catalogBytes: Buffer.byteLength(catalogJson),
      rows,
      rowsPerChunk: parts.catalog.head.rowsPerChunk,
      ids,
      search,
      vocabulary,
      shards,
      shardCount: parts.shards.length,
      bodies,
      profiles,
    },
    files,
    corpus,
  }
}
