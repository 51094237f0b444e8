// The built archive's files, fetched and checked: the manifest, the page's catalog, the search
// worker's search file, posting shards and statement bodies. Free of React, so that the page,
// the search worker and the in-page search share it.
import type { CorpusManifest } from '../corpus/schema.ts'
import { damaged, fetchBytes, fetchJson, fetchJsonWithProgress, FetchError } from '../lib/http.ts'
import type { CatalogLoaders } from '../search/catalog.ts'
import type { CatalogHead, IdChunk, RowChunk, SearchFile } from '../search/index-format.ts'
import type { LoadVocabularyFile } from '../search/chunked-vocabulary.ts'
import type { LoadShard } from '../search/posting-store.ts'
import type { VocabularyIndex } from '../search/vocabulary-files.ts'
import { decodeSearchFile } from '../search/search-file-codec.ts'
import type { StatementBody } from '../search/search-types.ts'

/** Where the archive's files are, under the app's base URL. */
export const archiveRoot = (base: string) => `${base}corpus/`

export async function fetchManifest(root: string): Promise<CorpusManifest> {
  // The manifest is always revalidated; every file it names is content-hashed, so a cached
  // copy of one can never belong to another build.
  const manifest = await fetchJson<CorpusManifest>(`${root}manifest.json`, { cache: 'no-cache' })
  if (
    manifest?.version !== 4 ||
    typeof manifest.catalog !== 'string' ||
    typeof manifest.rows !== 'string' ||
    typeof manifest.ids !== 'string' ||
    typeof manifest.search !== 'string' ||
    typeof manifest.shards !== 'string' ||
    !Number.isInteger(manifest.shardCount)
  ) {
    throw new FetchError('The archive manifest is not in a format this version understands.', 'manifest.json')
  }
  return manifest
}

export async function fetchCatalogHead(root: string, manifest: CorpusManifest, onProgress: (received: number) => void): Promise<CatalogHead> {
  const head = await fetchJsonWithProgress<CatalogHead>(`${root}${manifest.catalog}`, onProgress)
  if (head?.version !== 3 || !Array.isArray(head.topics) || !Array.isArray(head.idStarts) || !(head.rowsPerChunk > 0)) throw damaged(manifest.catalog)
  return head
}

/** Fetches the catalog's row and id chunks (catalog.ts): what result rows show, a few at a time. */
export function catalogLoaders(root: string, manifest: CorpusManifest): CatalogLoaders {
  return {
    rows: async (chunk) => {
      const url = `${root}${manifest.rows}${chunk}.json`
      const rows = await fetchJson<RowChunk>(url)
      if (!Array.isArray(rows) || rows.some((row) => typeof row?.id !== 'string')) throw damaged(url)
      return rows
    },
    ids: async (chunk) => {
      const url = `${root}${manifest.ids}${chunk}.json`
      const ids = await fetchJson<IdChunk>(url)
      if (!Array.isArray(ids)) throw damaged(url)
      return ids
    },
  }
}

export async function fetchSearchFile(root: string, manifest: CorpusManifest): Promise<SearchFile> {
  const bytes = await fetchBytes(`${root}${manifest.search}`)
  try {
    return decodeSearchFile(bytes)
  } catch {
    // A truncated or damaged file (search-file-codec.ts checks every length it reads).
    throw damaged(manifest.search)
  }
}

/** The vocabulary's index and a loader of its files (vocabulary-files.ts), checked as they arrive. */
export async function fetchVocabulary(root: string, manifest: CorpusManifest): Promise<{ index: VocabularyIndex; load: LoadVocabularyFile }> {
  const folder = `${root}${manifest.vocabulary}`
  const index = await fetchJson<VocabularyIndex>(`${folder}index.json`)
  if (index?.version !== 1 || !Array.isArray(index.blockFirst) || !Array.isArray(index.byStart)) throw damaged(`${manifest.vocabulary}index.json`)
  const load: LoadVocabularyFile = async (name) => {
    const data = await fetchJson<{ t?: unknown; d?: unknown }>(`${folder}${name}`)
    if (!Array.isArray(data?.t) || !Array.isArray(data.d) || data.t.length !== data.d.length) throw damaged(`${folder}${name}`)
    return data
  }
  return { index, load }
}

export function shardLoader(root: string, manifest: CorpusManifest): LoadShard {
  return (shard) => fetchBytes(`${root}${manifest.shards}${shard}.bin`)
}

/** A shard's positions, a file of their own: fetched only for queries that read positions. */
export function positionsLoader(root: string, manifest: CorpusManifest): LoadShard {
  return (shard) => fetchBytes(`${root}${manifest.shards}${shard}.pos.bin`)
}

/** Fetches a statement's body (text, quotes, source) by document number. */
export function bodyLoader(root: string, manifest: CorpusManifest): (doc: number) => Promise<StatementBody> {
  return async (doc) => {
    const url = `${root}${manifest.bodies}${doc}.json`
    const body = await fetchJson<StatementBody>(url)
    if (!Array.isArray(body?.paragraphs)) throw damaged(url)
    return body
  }
}
