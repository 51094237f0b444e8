import type { CompiledCorpus } from '../corpus/schema.ts'
import type { SearchFile } from './index-format.ts'
import { PostingStore } from './posting-store.ts'
import { Ranker } from './ranker.ts'
import { buildSearchIndex } from './search-index-build.ts'

// Rankers with every posting shard in memory, for the Node scripts (the feed), the benchmark
// and tests. The page never imports this: its ranker, where it needs one, loads its shards on
// demand (service/search-side.ts).

/** A ranker over a built search file whose shards are all at hand. */
export function rankerFromIndex(search: SearchFile, shards: readonly Uint8Array[]): Ranker {
  const store = new PostingStore(search.shardStarts, Int32Array.from(search.df))
  shards.forEach((bytes, i) => store.addShard(i, bytes))
  return new Ranker(search.columns, search, store)
}

/** A ranker over an index built here and now. */
export function inMemoryRanker(corpus: CompiledCorpus): Ranker {
  const { search, shards } = buildSearchIndex(corpus)
  return rankerFromIndex(search, shards)
}
