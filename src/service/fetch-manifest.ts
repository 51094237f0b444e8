// The archive's manifest, fetched and checked: in a module of its own, because the page's boot
// script fetches it, and that script must stay a few kilobytes (fetch-archive.ts brings the
// search file's decoder).
import type { CorpusManifest } from '../corpus/schema.ts'
import { fetchJson, FetchError } from '../lib/http.ts'

/** Where the archive's files are, under the app's base URL. */
export const archiveRoot = (base: string) => `${base}corpus/`

export async function fetchManifest(root: string): Promise<CorpusManifest> {
  // The manifest is always revalidated; every file it names is content-hashed, so a cached
  // copy of one can never belong to another build.
  const manifest = await fetchJson<CorpusManifest>(`${root}manifest.json`, { cache: 'no-cache' })
  // The folders and files it names, checked in one list: this module is in the boot script.
  const named = ['catalog', 'rows', 'ids', 'search', 'shards', 'profiles'] as const
  if (manifest?.version !== 4 || named.some((key) => typeof manifest[key] !== 'string') || !Number.isInteger(manifest.shardCount)) {
    throw new FetchError('The archive manifest is not in a format this version understands.', 'manifest.json')
  }
  return manifest
}
