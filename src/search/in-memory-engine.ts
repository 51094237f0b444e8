import type { CompiledCorpus } from '../corpus/schema.ts'
import { PostingStore, type LoadShard } from './posting-store.ts'
import { Ranker } from './ranker.ts'
import { catalogCorpus, SearchEngine, type CatalogSource } from './search-engine.ts'
import { buildSearchIndex, facetColumns, type CatalogFile, type SearchFile } from './search-index-build.ts'

// Engines whose ranker is there from the start, for the build scripts, the benchmark and tests.
// Kept apart from search-engine.ts so that the page's first JavaScript does not carry the
// ranker: the page loads it only when it must search in place.

/** A ranker over an index built here and now, every shard in memory. */
export function inMemoryRanker(corpus: CompiledCorpus): Ranker {
  const { search, shards } = buildSearchIndex(corpus)
  const store = new PostingStore(search.shardStarts, Int32Array.from(search.df))
  shards.forEach((bytes, i) => store.addShard(i, bytes))
  const { columns, speakerNames } = facetColumns(corpus.statements)
  return new Ranker(columns, speakerNames, corpus.topics, search, store)
}

/** Everything in memory, the index built here. */
export function inMemoryEngine(corpus: CompiledCorpus): SearchEngine {
  return new SearchEngine(corpus, { ranker: inMemoryRanker(corpus) })
}

export interface IndexSource {
  catalog: CatalogFile
  search: SearchFile
  /** Fetches one posting shard; called at most once per shard. */
  loadShard: LoadShard
  loadBodies?: CatalogSource['loadBodies']
}

/** An engine over a built index, its ranker loaded at once; shards still come on demand. */
export async function engineFromIndex(source: IndexSource): Promise<SearchEngine> {
  const ranker = Ranker.fromFile(source.search, source.loadShard)
  return new SearchEngine(catalogCorpus(source.catalog), { ranker, loadBodies: source.loadBodies })
}
