// tsx scripts/compress.ts [folder]: writes a brotli (.br) and a gzip (.gz) copy beside every text
// or binary file of a built site (dist/ by default), as a static host serves them, so that no
// server compresses on the fly and every server sends the same bytes.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

/** Files worth compressing; Pagefind's own files (.pf_*) are gzip already, images are not here. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|bin|xml|txt|svg|map|webmanifest|wasm)$/

/**
 * Brotli 11 for the handful of files the first page waits for: Vite's assets, the app's
 * index.html, and the corpus files at the top of corpus/ (manifest, catalog, search file); it is
 * paid once per build. Brotli 11 runs at about 0.1–0.2 MB/s, so such a file past 10 MB (the
 * catalog of 100,000 statements is 58 MB) gets brotli 9, some 12% larger at a fiftieth of the
 * time. Everything else comes in the thousands and is fetched a few at a time (statement bodies,
 * posting shards, prerendered pages, sitemaps): brotli 5, about 15% larger than brotli 11 at a
 * fortieth of the time; 11 on the combined archive's 470 MB of them would take hours.
 */
function settingsFor(relative: string, size: number): { brotli: number; gzip: number } {
  const firstLoad = /^(assets\/|corpus\/[^/]+$|index\.html$|bench\/|pagefind\/[^/]+$)/.test(relative.split(path.sep).join('/'))
  if (!firstLoad) return { brotli: 5, gzip: 9 }
  return { brotli: size > 10 * 1024 * 1024 ? 9 : 11, gzip: 9 }
}

async function filesUnder(folder: string): Promise<Array<{ file: string; size: number }>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name)).map((e) => path.join(e.parentPath, e.name))
  return Promise.all(files.map(async (file) => ({ file, size: (await stat(file)).size })))
}

export interface CompressReport {
  files: number
  bytes: number
  brotliBytes: number
  gzipBytes: number
  elapsedMs: number
}

/**
 * Compresses every file under `folder` (a site, or one folder of the site at `siteRoot`), the largest first so that the slowest (brotli 11 on the
 * catalog) overlaps with all the rest, on as many threads as the machine has (zlib's async calls
 * run in libuv's pool). A copy that would not be smaller than the file is not written, and a
 * server then sends the file as it is.
 */
export async function compressSite(folder: string, siteRoot = folder): Promise<CompressReport> {
  const started = performance.now()
  const queue = (await filesUnder(folder)).sort((a, b) => b.size - a.size)
  const report: CompressReport = { files: queue.length, bytes: 0, brotliBytes: 0, gzipBytes: 0, elapsedMs: 0 }
  let next = 0
  const work = async () => {
    while (next < queue.length) {
      const { file, size } = queue[next++]!
      const raw = await readFile(file)
      const settings = settingsFor(path.relative(siteRoot, file), size)
      const [br, gzipped] = await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: settings.brotli,
            [constants.BROTLI_PARAM_SIZE_HINT]: size,
            [constants.BROTLI_PARAM_MODE]: file.endsWith('.bin') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
          },
        }),
        gz(raw, { level: settings.gzip }),
      ])
      report.bytes += size
      // A copy left from an earlier build of the same name would be served in place of the file.
      await (br.length < size ? writeFile(`${file}.br`, br) : rm(`${file}.br`, { force: true }))
      await (gzipped.length < size ? writeFile(`${file}.gz`, gzipped) : rm(`${file}.gz`, { force: true }))
      report.brotliBytes += Math.min(br.length, size)
      report.gzipBytes += Math.min(gzipped.length, size)
    }
  }
  // Two jobs per thread: one compresses while the other reads or writes.
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism() * 2) }, work))
  report.elapsedMs = performance.now() - started
  return report
}

export function describeCompression(r: CompressReport, folder: string): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
  return `✓ compressed ${r.files} file(s) in ${folder}: ${mb(r.bytes)} → brotli ${mb(r.brotliBytes)}, gzip ${mb(r.gzipBytes)} in ${(r.elapsedMs / 1000).toFixed(1)} s`
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'))
  compressSite(folder)
    .then((r) => console.log(describeCompression(r, path.relative(process.cwd(), folder) || folder)))
    .catch((error: unknown) => {
      console.error(`✗ compression failed: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    })
}
