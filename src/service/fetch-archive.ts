// The built archive's files, fetched and checked: the page's catalog, the search worker's
// search file, vocabulary, posting shards and statement bodies (the manifest: fetch-manifest.ts). Free of React, so that the page,
// the search worker and the in-page search share it.
import type { CorpusManifest } from '../corpus/schema.ts'
import { damaged, fetchJson, request } from '../lib/http.ts'
import { requestUntil } from '../lib/request-until.ts'
import type { CatalogLoaders } from '../search/catalog.ts'
import type { CatalogHead, IdChunk, RowChunk, SearchFile } from '../search/index-format.ts'
import type { LoadVocabularyFile } from '../search/chunked-vocabulary.ts'
import type { LoadShard } from '../search/posting-store.ts'
import type { VocabularyIndex } from '../search/vocabulary-files.ts'
import { decodeSearchFile } from '../search/search-file-codec.ts'
import type { StatementBody } from '../search/search-types.ts'
import { profileFileName, type ProfileFacet, type ProfileFile } from '../search/profile-files.ts'

/** A binary file: the search file, shards and positions. */
function fetchBytes(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const read = async (r: Response) => new Uint8Array(await r.arrayBuffer())
  return signal ? requestUntil(url, read, signal) : request(url, read)
}

/**
 * Reads a JSON body in chunks, reporting how many bytes have arrived. Here, beside the one file
 * that reports progress, rather than in lib/http.ts (as fetchBytes above): what that module holds goes into the boot
 * script, which fetches the manifest and must stay a few kilobytes.
 */
function fetchJsonWithProgress<T>(url: string, onProgress: (received: number) => void): Promise<T> {
  return request(url, async (response) => {
    if (!response.body) return (await response.json()) as T
    const reader = response.body.getReader()
    const chunks: Uint8Array[] = []
    let received = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      received += value.byteLength
      onProgress(received)
    }
    const bytes = new Uint8Array(received)
    let at = 0
    for (const chunk of chunks) {
      bytes.set(chunk, at)
      at += chunk.byteLength
    }
    return JSON.parse(new TextDecoder().decode(bytes)) as T
  })
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
  return (shard, signal) => fetchBytes(`${root}${manifest.shards}${shard}.bin`, signal)
}

/** A shard's positions, a file of their own: fetched only for queries that read positions. */
export function positionsLoader(root: string, manifest: CorpusManifest): LoadShard {
  return (shard, signal) => fetchBytes(`${root}${manifest.shards}${shard}.pos.bin`, signal)
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

/** A speaker's, topic's or country's profile file (profile-files.ts), for its page. */
export function profileLoader(root: string, manifest: CorpusManifest): (facet: ProfileFacet, id: string) => Promise<ProfileFile> {
  return async (facet, id) => {
    const url = `${root}${manifest.profiles}${profileFileName(facet, id)}`
    const file = await fetchJson<ProfileFile>(url)
    if (!Array.isArray(file?.roles) || !Array.isArray(file.quotes) || file.quotes.some((q) => typeof q?.quote?.text !== 'string' || typeof q.statement?.id !== 'string')) {
      throw damaged(url)
    }
    return file
  }
}
