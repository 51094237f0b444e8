// What the search worker loads (and the page, lazily, when it must search in place): the ranker
// from the search file, posting shards on demand, and statement bodies for snippets.
import { Ranker } from '../search/ranker.ts'
import type { SearchFile } from '../search/search-index-build.ts'
import { bodiesLoader, damaged, fetchJson, fetchManifest, request } from './fetch-corpus.ts'
import type { CorpusManifest } from './schema.ts'

/** What the search worker loads: the ranker, and statement bodies for snippets. */
export async function fetchSearchSide(base: string): Promise<{ ranker: Ranker; loadBodies: ReturnType<typeof bodiesLoader> }> {
  const manifest = await fetchManifest(`${base}corpus/`)
  return { ranker: await fetchRanker(base, manifest), loadBodies: bodiesLoader(`${base}corpus/`, manifest) }
}

/** The ranker: what a text search needs. */
export async function fetchRanker(base: string, known?: CorpusManifest): Promise<Ranker> {
  const root = `${base}corpus/`
  const manifest = known ?? (await fetchManifest(root))
  const file = await fetchJson<SearchFile>(`${root}${manifest.search}`)
  if (!Array.isArray(file?.facets?.dates) || typeof file.terms !== 'string' || !Array.isArray(file.df)) throw damaged(manifest.search)
  return Ranker.fromFile(file, async (shard) => {
    const url = `${root}${manifest.shards[shard]}`
    const response = await request(url)
    try {
      return new Uint8Array(await response.arrayBuffer())
    } catch {
      throw damaged(url)
    }
  })
}

