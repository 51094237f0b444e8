// This archive's search on a page as small as Pagefind's: the same search worker and catalog
// as the app, without React, the router or any of the app's UI, so that the bench can tell
// what the UI costs from what the search costs.
import { Catalog } from '../../../src/search/catalog.ts'
import { RESULT_PAGE } from '../../../src/search/search-types.ts'
import { catalogLoaders, fetchCatalogHead } from '../../../src/service/fetch-archive.ts'
import { archiveRoot, fetchManifest } from '../../../src/service/fetch-manifest.ts'
import { createSearchService } from '../../../src/service/search-service.ts'
import { runMinimalPage } from './minimal-page.ts'

const base = '/'
const search = createSearchService(base)
const root = archiveRoot(base)
const catalog = fetchManifest(root).then(async (manifest) => new Catalog(await fetchCatalogHead(root, manifest, () => undefined), catalogLoaders(root, manifest)))
const query = (q: string) => ({ q, speaker: [], topic: [], type: [], country: [], sort: 'relevance' as const })

runMinimalPage({
  ready: async () => {
    await Promise.all([catalog, search.search(query(''))])
  },
  search: async (q, signal) => {
    const [{ results, rows }, titles] = await Promise.all([search.searchWithRows(query(q), RESULT_PAGE, signal), catalog])
    // The rows shown, as the app has them: most come with the results, the rest in their chunks.
    titles.prime(rows)
    // A query typed over fetches none of its rows: they would queue before the next query's.
    signal.throwIfAborted()
    const shown = results.ids.slice(0, RESULT_PAGE)
    return { total: results.total, titles: (await titles.entriesFor(shown)).map((entry) => entry.title) }
  },
})
