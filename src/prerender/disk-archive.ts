import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CorpusManifest } from '../corpus/schema.ts'
import { Catalog } from '../search/catalog.ts'
import type { CatalogHead, IdChunk, RowChunk } from '../search/index-format.ts'
import { ChunkedVocabulary } from '../search/chunked-vocabulary.ts'
import { Ranker } from '../search/ranker.ts'
import type { VocabularyIndex } from '../search/vocabulary-files.ts'
import { decodeSearchFile } from '../search/search-file-codec.ts'
import type { StatementBody } from '../search/search-types.ts'
import { profileFileName, type ProfileFacet, type ProfileFile } from '../search/profile-files.ts'
import type { Archive } from '../service/archive.ts'
import { inPageSearch } from '../service/search-service.ts'

// The archive as the page holds it (src/service/archive.ts), read from the built corpus folder
// on disk instead of fetched: the same manifest, catalog, search file, shards and bodies the
// browser loads, so the routes' loaders give the prerender exactly what they give the page.

const readJson = async <T,>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T

export interface DiskArchive {
  archive: Archive
}

export async function readDiskArchive(corpusDir: string): Promise<DiskArchive> {
  const manifest = await readJson<CorpusManifest>(path.join(corpusDir, 'manifest.json'))
  if (manifest.version !== 4) throw new Error(`${corpusDir}/manifest.json is not a version 4 manifest`)
  const head = await readJson<CatalogHead>(path.join(corpusDir, manifest.catalog))
  const catalog = new Catalog(head, {
    rows: (k) => readJson<RowChunk>(path.join(corpusDir, `${manifest.rows}${k}.json`)),
    ids: (k) => readJson<IdChunk>(path.join(corpusDir, `${manifest.ids}${k}.json`)),
  })
  const loadBody = (doc: number) => readJson<StatementBody>(path.join(corpusDir, `${manifest.bodies}${doc}.json`))
  const loadSide = async () => {
    const file = decodeSearchFile(new Uint8Array(await readFile(path.join(corpusDir, manifest.search))))
    const shard = async (i: number) => new Uint8Array(await readFile(path.join(corpusDir, `${manifest.shards}${i}.bin`)))
    const positions = async (i: number) => new Uint8Array(await readFile(path.join(corpusDir, `${manifest.shards}${i}.pos.bin`)))
    const vocabulary = path.join(corpusDir, manifest.vocabulary)
    const terms = new ChunkedVocabulary(await readJson<VocabularyIndex>(path.join(vocabulary, 'index.json')), (name) => readJson(path.join(vocabulary, name)))
    return { ranker: Ranker.fromFile(file, shard, terms, positions), loadBody }
  }
  const loadProfile = (facet: ProfileFacet, id: string) => readJson<ProfileFile>(path.join(corpusDir, `${manifest.profiles}${profileFileName(facet, id)}`))
  return { archive: { manifest, catalog, search: inPageSearch(loadSide), loadBody, loadProfile } }
}
