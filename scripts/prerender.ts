// npm run prerender [-- dist]: writes a real HTML page for every statement, speaker, topic and
// country of a built site (vite build, then build-corpus into <dist>/corpus), at the addresses
// the app uses, with the head tags reference managers and search engines read; then
// sitemap.xml, robots.txt and opensearch.xml. Absolute URLs start with SITE_URL (as the feed's
// do; default http://localhost:4173/). `--measure` also reports the median gzip size of a page.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'dist'))
const measure = args.includes('--measure')
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173/'

// The prerender is built by Vite, as the page is, so that it runs the app's modules as they
// are (import.meta.env, CSS imports, lazy route chunks). Inside the project, so that Node finds
// React and the router in node_modules; one folder per run, so two builds never share one.
const ssrOut = path.join(root, '.tmp', `prerender-ssr-${process.pid}`)

try {
  await build({
    root,
    logLevel: 'error',
    mode: 'production',
    build: { ssr: 'src/prerender/prerender-site.ts', outDir: ssrOut, emptyOutDir: true, manifest: false, ssrManifest: false },
  })
  const { prerenderSite } = (await import(pathToFileURL(path.join(ssrOut, 'prerender-site.js')).href)) as typeof import('../src/prerender/prerender-site.ts')
  let shown = 0
  const report = await prerenderSite({
    dist,
    siteUrl,
    measure,
    onProgress: (done, total) => {
      if (process.stdout.isTTY && (done - shown >= 500 || done === total)) {
        shown = done
        process.stdout.write(`\r  ${done} / ${total} pages`)
      }
    },
  })
  if (process.stdout.isTTY) process.stdout.write('\n')
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
  console.log(
    `✓ prerendered ${report.pages} page(s) in ${(report.ms / 1000).toFixed(1)} s → ${path.relative(root, dist) || dist}/: ${mb(report.bytes)}` +
      (report.medianGzip !== undefined ? `, median page ${(report.medianGzip / 1024).toFixed(1)} KB gzip` : '') +
      `; ${report.sitemaps} sitemap file(s), robots.txt, opensearch.xml (SITE_URL ${siteUrl})`,
  )
} catch (error) {
  console.error(`✗ prerender failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exitCode = 1
} finally {
  await rm(ssrOut, { recursive: true, force: true })
}
