// Loading a built corpus. The page loads the manifest and the catalog (what result rows show);
// the search worker loads the manifest and the search file (facets and vocabulary) at the same
// time; both fetch posting shards and statement bodies when they need them. Free of React, so
// that the worker shares this code.
import { SearchEngine, type StatementBody } from '../search/search-engine.ts'
import type { CatalogFile } from '../search/search-index-build.ts'
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

export async function request(url: string, init?: RequestInit): Promise<Response> {
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

export const damaged = (url: string) => new CorpusLoadError(`The archive file ${url} arrived incomplete or damaged.`, url)

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
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

export async function fetchManifest(root: string): Promise<CorpusManifest> {
  // The manifest is always revalidated; every file it names is content-hashed, so a cached
  // copy of one can never belong to another build.
  const manifest = await fetchJson<CorpusManifest>(`${root}manifest.json`, { cache: 'no-cache' })
  if (
    manifest?.version !== 3 ||
    typeof manifest.catalog !== 'string' ||
    typeof manifest.search !== 'string' ||
    !Array.isArray(manifest.shards)
  ) {
    throw new CorpusLoadError('The archive manifest is not in a format this version understands.', 'manifest.json')
  }
  return manifest
}

/** Fetches statement bodies (text, quotes, source) by document number. */
export function bodiesLoader(root: string, manifest: CorpusManifest) {
  return (docs: readonly number[]) =>
    Promise.all(docs.map((doc) => fetchJson<StatementBody>(`${root}${manifest.bodies}${doc}.json`)))
}

/** The page's corpus: the catalog now; the ranker and bodies when they are needed. */
export async function fetchCorpus(base: string): Promise<FetchedCorpus> {
  const root = `${base}corpus/`
  const manifest = await fetchManifest(root)
  setLoadProgress({ received: 0, total: manifest.catalogBytes })
  const file = await fetchJsonWithProgress<CatalogFile>(`${root}${manifest.catalog}`, manifest.catalogBytes)
  if (!Array.isArray(file?.catalog) || !Array.isArray(file.topics)) throw damaged(manifest.catalog)
  const engine = SearchEngine.fromCatalog(file, {
    // The ranker's code (Fuse.js among it) is loaded with it: most pages never need it here.
    loadRanker: async () => (await import('./fetch-search-side.ts')).fetchRanker(base, manifest),
    loadBodies: bodiesLoader(root, manifest),
  })
  return { manifest, engine }
}
