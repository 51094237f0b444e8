// Loading a built corpus: the manifest, the search index, and loaders for posting shards and
// statement bodies. Free of React, so the search worker loads the corpus with the same code.
import { SearchEngine } from '../search/search-engine.ts'
import type { SearchIndexManifest } from '../search/search-index-build.ts'
import { setLoadProgress } from './load-progress.ts'
import type { CorpusManifest } from './schema.ts'

export interface FetchedCorpus {
  manifest: CorpusManifest
  engine: SearchEngine
}

export class CorpusLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message)
    this.name = 'CorpusLoadError'
  }
}

// A stalled connection must end in a message with Retry, not a spinner forever.
const FETCH_TIMEOUT_MS = 30_000

async function request(url: string, init?: RequestInit): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
  } catch {
    throw new CorpusLoadError('The archive could not be reached. Check your connection and try again.', url)
  }
  if (!response.ok) {
    throw new CorpusLoadError(`The archive answered ${response.status} ${response.statusText} for ${url}.`, url)
  }
  return response
}

const damaged = (url: string) => new CorpusLoadError(`The archive file ${url} arrived incomplete or damaged.`, url)

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await request(url, init)
  try {
    return (await response.json()) as T
  } catch {
    throw damaged(url)
  }
}

/** Reads a body in chunks so that a large index can report how far it has got. */
async function fetchJsonWithProgress<T>(url: string, expectedBytes: number): Promise<T> {
  const response = await request(url)
  if (!response.body) return fetchJson<T>(url)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      received += value.byteLength
      setLoadProgress({ received, total: expectedBytes })
    }
    const bytes = new Uint8Array(received)
    let at = 0
    for (const chunk of chunks) {
      bytes.set(chunk, at)
      at += chunk.byteLength
    }
    return JSON.parse(new TextDecoder().decode(bytes)) as T
  } catch {
    throw damaged(url)
  }
}

export async function fetchCorpus(base: string): Promise<FetchedCorpus> {
  const root = `${base}corpus/`
  // The manifest is always revalidated; every file it names is content-hashed, so a cached
  // copy of one can never belong to another build.
  const manifest = await fetchJson<CorpusManifest>(`${root}manifest.json`, { cache: 'no-cache' })
  if (manifest?.version !== 2 || typeof manifest.index !== 'string' || !Array.isArray(manifest.shards)) {
    throw new CorpusLoadError('The archive manifest is not in a format this version understands.', 'manifest.json')
  }
  setLoadProgress({ received: 0, total: manifest.indexBytes })
  const index = await fetchJsonWithProgress<SearchIndexManifest>(`${root}${manifest.index}`, manifest.indexBytes)
  if (!Array.isArray(index?.catalog) || typeof index.terms !== 'string') throw damaged(manifest.index)

  const engine = await SearchEngine.fromIndex({
    manifest: index,
    loadShard: async (shard) => {
      const url = `${root}${manifest.shards[shard]}`
      const response = await request(url)
      try {
        return new Uint8Array(await response.arrayBuffer())
      } catch {
        throw damaged(url)
      }
    },
    loadBodies: (docs) =>
      Promise.all(docs.map((doc) => fetchJson<{ paragraphs: string[] }>(`${root}${manifest.bodies}${doc}.json`))),
  })
  return { manifest, engine }
}

