// Pagefind on a minimal page, through its JS API: pagefind.js searches, and each of the ten
// results shown fetches its own fragment (result.data()) for its title.
import { runMinimalPage } from './minimal-page.ts'

interface PagefindResult {
  data(): Promise<{ meta: { title?: string } }>
}
interface Pagefind {
  init(): Promise<void>
  search(q: string): Promise<{ results: PagefindResult[] } | null>
}

// Served beside the page by the same server; a variable, so that Vite leaves the import alone.
const src = '/pagefind/pagefind.js'
const pagefind = import(/* @vite-ignore */ src) as Promise<Pagefind>

runMinimalPage({
  ready: async () => (await pagefind).init(),
  search: async (q, signal) => {
    const found = await (await pagefind).search(q)
    const results = found?.results ?? []
    // A search cannot be stopped midway, but a newer query's fragments are all that is fetched.
    signal.throwIfAborted()
    const data = await Promise.all(results.slice(0, 10).map((r) => r.data()))
    return { total: results.length, titles: data.map((d) => d.meta.title ?? '') }
  },
})
