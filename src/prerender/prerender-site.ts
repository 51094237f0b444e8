import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { FACETS, type FacetKey } from '../search/facets.ts'
import { withBody } from '../service/archive.ts'
import { escapeXml } from '../research/atom-feed.ts'
import { readDiskArchive } from './disk-archive.ts'
import { headMarkup, profileHead, siteHref, statementHead, type PageHead, type ProfileKind } from './page-head.tsx'
import { pageTemplate } from './page-template.ts'
import { renderApp } from './render-app.tsx'
import { openSearchDescription, robotsTxt, sitemapFiles, sitemapIndex } from './sitemap.ts'

// Writes a real HTML file for every statement, speaker, topic and country page of a built
// site, at the address the app uses (dist/statements/<id>/index.html for /statements/<id>), so
// that a plain static host serves them; then the sitemap, robots.txt and opensearch.xml.
// Pages are rendered a few at a time and written as they are done: only the catalog (which
// the page holds too) stays in memory, never the pages.

export interface PrerenderOptions {
  /** The built site: index.html, assets/, corpus/. */
  dist: string
  /** The address the site is served from; every absolute URL starts with it. */
  siteUrl: string
  /** Gzip each page to report the median compressed size (costs time). */
  measure?: boolean
  /** Pages rendered at once. */
  concurrency?: number
  onProgress?: (done: number, total: number) => void
}

export interface PrerenderReport {
  pages: number
  bytes: number
  /** Median gzip size of a page, when measured. */
  medianGzip?: number
  sitemaps: number
  ms: number
}

interface Page {
  path: string
  chunk: string
  head: () => Promise<PageHead>
}

/** Where each page's code is: its stylesheets and module preloads come from the Vite manifest. */
const CHUNKS: Record<'statement' | ProfileKind, string> = {
  statement: 'src/features/statement/statement-page.tsx',
  speaker: 'src/features/speaker/speaker-page.tsx',
  topic: 'src/features/topic/topic-page.tsx',
  country: 'src/features/country/country-page.tsx',
}
const PROFILE_PATHS: Record<ProfileKind, string> = { speaker: 'speakers', topic: 'topics', country: 'countries' }

interface ManifestChunk {
  file: string
  css?: string[]
  imports?: string[]
  isEntry?: boolean
}

/**
 * The route chunk's stylesheets, so that the page looks the same before and after the app
 * takes over (no layout shift), and module preloads, so that it takes over sooner.
 */
function chunkAssets(manifest: Record<string, ManifestChunk>, base: string): (chunk: string) => string {
  const cache = new Map<string, string>()
  return (chunk) => {
    const known = cache.get(chunk)
    if (known !== undefined) return known
    const css = new Set<string>()
    const js = new Set<string>()
    const visit = (key: string) => {
      const entry = manifest[key]
      if (!entry || js.has(entry.file)) return
      // The entry's own script is in index.html already.
      if (!entry.isEntry) js.add(entry.file)
      // What a chunk imports is loaded first, its styles too: the order the page's cascade has.
      for (const next of entry.imports ?? []) visit(next)
      for (const file of entry.css ?? []) css.add(file)
    }
    visit(chunk)
    const tags =
      [...css].map((file) => `<link rel="stylesheet" crossorigin href="${escapeXml(base + file)}">`).join('') +
      [...js].map((file) => `<link rel="modulepreload" crossorigin href="${escapeXml(base + file)}">`).join('')
    cache.set(chunk, tags)
    return tags
  }
}

export async function prerenderSite(options: PrerenderOptions): Promise<PrerenderReport> {
  const started = performance.now()
  const { dist, siteUrl } = options
  // Where the built assets are: Vite's base, as in index.html (this module is built by Vite).
  const base = import.meta.env.BASE_URL
  const indexHtml = await readFile(path.join(dist, 'index.html'), 'utf8')
  const render = pageTemplate(indexHtml)
  const viteManifest = JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const assets = chunkAssets(viteManifest, base)
  const { archive } = await readDiskArchive(path.join(dist, 'corpus'))
  const { catalog } = archive
  // Every statement gets a page: every row is read, from disk.
  await catalog.ensure(Array.from({ length: catalog.size }, (_, doc) => doc))

  // How many statements each speaker, topic and country has, for the pages' descriptions.
  const counts = Object.fromEntries(FACETS.map((f) => [f.key, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>
  for (let doc = 0; doc < catalog.size; doc++) {
    const entry = catalog.entry(doc)
    for (const sp of entry.speakers) counts.speaker.set(sp.id, (counts.speaker.get(sp.id) ?? 0) + 1)
    for (const t of entry.topics) counts.topic.set(t, (counts.topic.get(t) ?? 0) + 1)
    if (entry.country) counts.country.set(entry.country, (counts.country.get(entry.country) ?? 0) + 1)
  }

  // Every topic the archive defines has a page, even one no statement carries yet.
  const profiles: Array<[ProfileKind, readonly string[]]> = [
    ['speaker', catalog.values('speaker')],
    ['topic', [...new Set([...catalog.values('topic'), ...catalog.topics.map((t) => t.id)])]],
    ['country', catalog.values('country')],
  ]

  function* pages(): Generator<Page> {
    for (let doc = 0; doc < catalog.size; doc++) {
      const entry = catalog.entry(doc)
      yield {
        path: `/statements/${entry.id}`,
        chunk: CHUNKS.statement,
        head: async () =>
          statementHead(withBody(entry, await archive.loadBody(doc)), siteUrl, entry.country ? catalog.label('country', entry.country) : undefined),
      }
    }
    for (const [kind, ids] of profiles) {
      for (const id of ids) {
        yield {
          path: `/${PROFILE_PATHS[kind]}/${id}`,
          chunk: CHUNKS[kind],
          head: async () => profileHead(kind, id, catalog.label(kind, id), counts[kind].get(id) ?? 0, siteUrl),
        }
      }
    }
  }

  const total = profiles.reduce((sum, [, ids]) => sum + ids.length, catalog.size)
  const urls: string[] = [siteHref(siteUrl, '')]
  const gzipSizes: number[] = []
  let bytes = 0
  let done = 0
  const queue = pages()
  const folders = new Set<string>()

  const renderOne = async (page: Page) => {
    const [app, head] = await Promise.all([renderApp(archive, page.path, siteUrl), page.head()])
    if (app.failed) throw new Error(`${page.path} did not render (${app.failed})`)
    const html = render({ head: headMarkup(head), assets: assets(page.chunk), path: page.path, body: app.html })
    const folder = path.join(dist, ...page.path.split('/').filter(Boolean))
    if (!folder.startsWith(dist + path.sep)) throw new Error(`${page.path} would be written outside ${dist}`)
    const parent = path.dirname(folder)
    if (!folders.has(parent)) {
      await mkdir(parent, { recursive: true })
      folders.add(parent)
    }
    await mkdir(folder, { recursive: true })
    const buffer = Buffer.from(html)
    await writeFile(path.join(folder, 'index.html'), buffer)
    bytes += buffer.length
    if (options.measure) gzipSizes.push(gzipSync(buffer, { level: 9 }).length)
    urls.push(head.canonical)
    options.onProgress?.(++done, total)
  }

  const worker = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) await renderOne(next.value)
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker))

  // Finding the archive: the sitemap index and its files, robots.txt naming it, OpenSearch.
  const lastmod = archive.manifest.builtAt.slice(0, 10)
  const sitemapUrls: string[] = []
  for (const file of sitemapFiles(urls, lastmod)) {
    await writeFile(path.join(dist, file.name), file.xml)
    sitemapUrls.push(siteHref(siteUrl, file.name))
  }
  const sitemapUrl = siteHref(siteUrl, 'sitemap.xml')
  await writeFile(path.join(dist, 'sitemap.xml'), sitemapIndex(sitemapUrls, lastmod))
  await writeFile(path.join(dist, 'robots.txt'), robotsTxt(sitemapUrl))
  await writeFile(path.join(dist, 'opensearch.xml'), openSearchDescription(siteUrl, siteHref(siteUrl, 'opensearch.xml')))

  gzipSizes.sort((a, b) => a - b)
  return {
    pages: done,
    bytes,
    ...(gzipSizes.length ? { medianGzip: gzipSizes[Math.floor(gzipSizes.length / 2)] as number } : {}),
    sitemaps: sitemapUrls.length,
    ms: Math.round(performance.now() - started),
  }
}
