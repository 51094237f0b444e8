// What answers searches: the ranker over the search file, with posting shards fetched on
// demand, and the statement bodies that snippets are found in. The search worker holds one; the
// page holds one only where no worker can run. Either way this is the only code that loads the
// ranker (and Fuse.js with it), so the page's own bundle never carries it.
import { bestSnippet, type Snippet } from '../search/highlight.ts'
import { Ranker } from '../search/ranker.ts'
import type { Highlight, SearchQuery, SearchResults, StatementBody } from '../search/search-types.ts'
import { archiveRoot, bodyLoader, fetchManifest, fetchSearchFile, shardLoader } from './fetch-archive.ts'

export interface SearchSide {
  ranker: Ranker
  /** A statement's text, for its snippet. */
  loadBody: (doc: number) => Promise<StatementBody>
}

export async function fetchSearchSide(base: string): Promise<SearchSide> {
  const root = archiveRoot(base)
  const manifest = await fetchManifest(root)
  const file = await fetchSearchFile(root, manifest)
  return { ranker: Ranker.fromFile(file, shardLoader(root, manifest)), loadBody: bodyLoader(root, manifest) }
}

/** Bodies fetched lately: scrolling back, or refining a query, asks for the same rows again. */
const BODY_CACHE = 200

/** The requests a search side answers, whichever thread it runs on. */
export class SearchAnswers {
  private readonly bodies = new Map<number, Promise<StatementBody>>()

  constructor(private readonly side: SearchSide) {}

  /** Fetches the posting shards the query's words need, then ranks. */
  async search(query: SearchQuery, stillWanted: () => boolean = () => true): Promise<SearchResults | undefined> {
    await this.side.ranker.prepare(query.q)
    return stillWanted() ? this.side.ranker.search(query) : undefined
  }

  /** Every term and phrase the query stands for: what a statement page highlights. */
  highlightFor(q: string): Highlight {
    return this.side.ranker.highlightFor(q)
  }

  /** The passage of each statement that best shows why it matched: a phrase's, where there is one. */
  async snippets(docs: readonly number[], highlight: Highlight): Promise<Snippet[]> {
    const texts = await Promise.all(docs.map((doc) => this.body(doc)))
    const wanted = new Set(highlight.terms)
    return texts.map((body) => bestSnippet(body.paragraphs, wanted, undefined, highlight.phrases))
  }

  private body(doc: number): Promise<StatementBody> {
    const cached = this.bodies.get(doc)
    if (cached) {
      // Most recently used last, so that the oldest is dropped first.
      this.bodies.delete(doc)
      this.bodies.set(doc, cached)
      return cached
    }
    const body = this.side.loadBody(doc)
    this.bodies.set(doc, body)
    // A failed fetch is not kept: the next request tries again.
    body.catch(() => this.bodies.delete(doc))
    if (this.bodies.size > BODY_CACHE) this.bodies.delete(this.bodies.keys().next().value as number)
    return body
  }
}
