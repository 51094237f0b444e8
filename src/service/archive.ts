import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { CorpusManifest, Statement } from '../corpus/schema.ts'
import { Catalog } from '../search/catalog.ts'
import type { CatalogEntry } from '../search/index-format.ts'
import type { SearchQuery, StatementBody } from '../search/search-types.ts'
import type { ProfileFacet, ProfileFile } from '../search/profile-files.ts'
import { bodyLoader, catalogLoaders, fetchCatalogHead, profileLoader } from './fetch-archive.ts'
import { archiveRoot, fetchManifest } from './fetch-manifest.ts'
import { setLoadProgress } from './load-progress.ts'
import { takeEarlyManifest } from './early-worker.ts'
import { createSearchService } from './search-service.ts'
import type { SearchService } from './search-service-types.ts'

// The archive as the page holds it: the manifest, the catalog (what result rows show, its rows
// fetched in chunks as they are shown), the one
// search service, and a way to fetch a statement's body. Loaded once per page, through the
// query cache like any other data.

export interface Archive {
  manifest: CorpusManifest
  catalog: Catalog
  search: SearchService
  /** A statement's text, quotes and source, by document number: see statementBodyQueryOptions. */
  loadBody: (doc: number) => Promise<StatementBody>
  /** What a speaker's, topic's or country's page needs beyond its search: see profileFileQueryOptions. */
  loadProfile: (facet: ProfileFacet, id: string) => Promise<ProfileFile>
}

let search: SearchService | undefined
let started: Promise<Archive> | undefined

async function loadArchive(): Promise<Archive> {
  const base = import.meta.env.BASE_URL
  // One search service for the page's life: its worker loads the search file meanwhile, and
  // after a failed load it loads again on the next search.
  search ??= createSearchService(base)
  const root = archiveRoot(base)
  // Fetched at boot, with the worker's start, unless this is a retry.
  const manifest = await (takeEarlyManifest() ?? fetchManifest(root))
  setLoadProgress({ received: 0, total: manifest.catalogBytes })
  const head = await fetchCatalogHead(root, manifest, (received) => setLoadProgress({ received, total: manifest.catalogBytes }))
  return {
    manifest,
    catalog: new Catalog(head, catalogLoaders(root, manifest)),
    search,
    loadBody: bodyLoader(root, manifest),
    loadProfile: profileLoader(root, manifest),
  }
}

/**
 * Starts loading before the app's code is even evaluated (see start-loading.ts): the worker's
 * search file and the page's catalog are then on their way while React and the router start.
 */
export function startLoadingArchive(): void {
  started = loadArchive()
  // Reported by the query that takes it over, not as an unhandled rejection.
  started.catch(() => undefined)
}

export function archiveQueryOptions() {
  return queryOptions({
    queryKey: ['archive'],
    queryFn: (): Promise<Archive> => {
      const early = started
      started = undefined
      // A retry after a failure loads afresh.
      return early ?? loadArchive()
    },
    // A built archive does not change under a running page.
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: 1,
  })
}

/** A statement's body: the statement page, citations and exports read it from here. */
export function statementBodyQueryOptions(archive: Archive, doc: number) {
  return queryOptions({
    queryKey: ['statement-body', archive.manifest.bodies, doc],
    queryFn: () => archive.loadBody(doc),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  })
}

/** A profile's span, roles and newest quotations (profile-files.ts): one small file, not every statement's row. */
export function profileFileQueryOptions(archive: Archive, facet: ProfileFacet, id: string) {
  return queryOptions({
    queryKey: ['profile-file', archive.manifest.profiles, facet, id],
    queryFn: () => archive.loadProfile(facet, id),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: 1,
  })
}

/** A catalog entry with its body: the statement whole, as citations and exports need it. */
export function withBody(entry: CatalogEntry, body: StatementBody): Statement {
  return { ...entry, paragraphs: body.paragraphs, ...(body.quotes ? { quotes: body.quotes } : {}), ...(body.source ? { source: body.source } : {}) }
}

/** Whole statements, their bodies through the query cache (an export asks for every match). */
export async function fetchStatements(queryClient: QueryClient, archive: Archive, docs: readonly number[]): Promise<Statement[]> {
  await queryClient.fetchQuery(catalogRowsQueryOptions(archive, docs))
  return Promise.all(
    docs.map(async (doc) => withBody(archive.catalog.entry(doc), await queryClient.fetchQuery(statementBodyQueryOptions(archive, doc)))),
  )
}

/**
 * One chunk of the catalog's rows: what result rows show for a run of consecutive statements.
 * The catalog keeps what it has fetched; the query is what a list waits on and retries.
 */
export function catalogChunkQueryOptions(archive: Archive, chunk: number) {
  return queryOptions({
    queryKey: ['catalog-rows', archive.manifest.rows, chunk],
    queryFn: () => archive.catalog.loadChunk(chunk),
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: 1,
  })
}

/**
 * The ids of a search's matches, in result order: what a saved search remembers as seen. Keyed
 * by the search, whose results these are (searchResultsQueryOptions).
 */
export function matchingIdsQueryOptions(archive: Archive, query: SearchQuery, docs: readonly number[]) {
  return queryOptions({
    queryKey: ['matching-ids', archive.manifest.ids, query],
    queryFn: () => archive.catalog.idsFor(docs),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    structuralSharing: false,
    retry: 1,
  })
}

/**
 * Every row of some statements: for a profile's page of its list, an export of every match, a
 * saved search's new statements. Keyed by the chunks, which is what is fetched.
 */
export function catalogRowsQueryOptions(archive: Archive, docs: readonly number[]) {
  const chunks = archive.catalog.chunksOf(docs).sort((a, b) => a - b)
  return queryOptions({
    queryKey: ['catalog-rows-of', archive.manifest.rows, chunks],
    queryFn: async () => {
      await Promise.all(chunks.map((chunk) => archive.catalog.loadChunk(chunk)))
      return true
    },
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: 1,
  })
}
