import { queryOptions } from '@tanstack/react-query'
import { SearchEngine } from '../search/search-engine.ts'
import type { CompiledCorpus, CorpusManifest } from './schema.ts'

export interface LoadedCorpus {
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

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
  } catch {
    throw new CorpusLoadError('The archive could not be reached. Check your connection and try again.', url)
  }
  if (!response.ok) {
    throw new CorpusLoadError(`The archive answered ${response.status} ${response.statusText} for ${url}.`, url)
  }
  try {
    return (await response.json()) as T
  } catch {
    throw new CorpusLoadError(`The archive file ${url} arrived incomplete or damaged.`, url)
  }
}

export async function fetchCorpus(base = import.meta.env.BASE_URL): Promise<LoadedCorpus> {
  // The manifest is always revalidated; the corpus file it names is content-hashed, so a cached
  // copy of it can never belong to another build.
  const manifest = await fetchJson<CorpusManifest>(`${base}corpus/manifest.json`, { cache: 'no-cache' })
  if (manifest?.version !== 1 || typeof manifest.corpus !== 'string') {
    throw new CorpusLoadError('The archive manifest is not in a format this version understands.', 'manifest.json')
  }
  const corpus = await fetchJson<CompiledCorpus>(`${base}corpus/${manifest.corpus}`)
  if (!Array.isArray(corpus?.statements) || !Array.isArray(corpus.topics)) {
    throw new CorpusLoadError('The archive file is not in a format this version understands.', manifest.corpus)
  }
  return { manifest, engine: new SearchEngine(corpus) }
}

export function corpusQueryOptions() {
  return queryOptions({
    queryKey: ['corpus'],
    queryFn: () => fetchCorpus(),
    // A built corpus does not change under a running page.
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: 1,
  })
}
