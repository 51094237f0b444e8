// npm run bench:browser [-- --corpus <folder> | --synthetic <n>] [--runs 7] [--engines …] [--profiles …]
// Builds the app on a corpus (by default the real ../shared/corpora/wh-briefings, imported on
// the fly into .tmp/), indexes the same statements with Pagefind, serves both precompressed
// (brotli) through the server `npm start` uses, and measures in headless Chromium what a person
// feels, for three engines (this archive's app; this archive's search on a minimal page;
// Pagefind on an equally minimal page) under three network profiles (localhost; 9 Mbit/s;
// Lighthouse's mobile default): bytes before the first results (page and worker, JavaScript
// included), time to the first results, main-thread stalls while typing and how soon the final
// results follow the last key. On localhost the app also gets its first page's JavaScript and
// the passages view: how soon its first lines follow a click on Passages, and stalls while
// scrolling them. `--reuse` measures the last build of the same corpus again.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { compressSite, describeCompression } from '../../scripts/compress.ts'
import { serveStatic } from '../../scripts/lib/serve-static.ts'
import { generateSyntheticStatements } from '../../src/corpus/synthetic.ts'
import { importPaths } from '../../src/importer/import-files.ts'
import { buildBenchPages } from './build-pages.ts'
import { buildPagefindIndex } from './pagefind-index.ts'
import { firstResultsOf } from './first-results.ts'
import { TYPED, typeUntilFinalResults, watchFinalResults } from './typed-query.ts'
import { applyProfile, PROFILES, type Profile } from './profiles.ts'

const root = path.resolve(import.meta.dirname, '../..')
const RESULTS = path.join(root, 'bench/results/browser-latest.json')
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    synthetic: { type: 'string' },
    query: { type: 'string', default: 'cybersecurity' },
    runs: { type: 'string', default: '7' },
    engines: { type: 'string', default: 'ours-ui,ours-minimal,pagefind' },
    profiles: { type: 'string', default: PROFILES.map((p) => p.name).join(',') },
    reuse: { type: 'boolean', default: false },
  },
})
// A shared two-core machine is noisy: every measure is taken several times, each in a fresh
// browser context (nothing cached), and the median is the figure; the spread is printed too.
const RUNS = Math.max(1, Number(values.runs))
const TYPING_RUNS = Math.max(3, Math.ceil(RUNS / 2))
const QUERY = values.query ?? 'cybersecurity'

const TARGETS = {
  firstResultsMs: 1500,
  bytesBeforeFirstResults: 3 * 1024 * 1024,
  longestTaskWhileTypingMs: 50,
  finalResultsAfterLastKeyMs: 100,
  firstPageJsGzBytes: 150 * 1024,
  firstPassagesMs: 300,
  longestTaskWhileScrollingPassagesMs: 50,
}

/** How each engine's page is opened, and when it counts as ready to type into. */
interface Engine {
  name: string
  label: string
  page: string
  ready: string
  box: (page: Page) => ReturnType<Page['locator']>
}
const ENGINES: Engine[] = [
  { name: 'ours-ui', label: 'this archive, app', page: '/', ready: '.result', box: (p) => p.getByRole('searchbox', { name: /Search .* statements/ }) },
  { name: 'ours-minimal', label: 'this archive, minimal page', page: '/bench/minimal.html', ready: 'body[data-ready]', box: (p) => p.locator('input[type=search]') },
  { name: 'pagefind', label: 'Pagefind, minimal page', page: '/bench/pagefind.html', ready: 'body[data-ready]', box: (p) => p.locator('input[type=search]') },
]
const engines = ENGINES.filter((e) => values.engines!.split(',').includes(e.name))
const profiles = PROFILES.filter((p) => values.profiles!.split(',').includes(p.name))

async function prepareStatements(): Promise<{ name: string; dir: string }> {
  if (values.synthetic) {
    const n = Number(values.synthetic)
    const name = `synthetic-${n}`
    const dir = path.join(root, '.tmp/bench-browser', name, 'statements')
    if (!existsSync(path.join(dir, '.complete'))) {
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      for (const s of generateSyntheticStatements({ count: n, seed: 7 })) {
        writeFileSync(path.join(dir, `${s.id}.json`), JSON.stringify(s))
      }
      writeFileSync(path.join(dir, '.complete'), '')
    }
    return { name, dir }
  }
  const source = path.resolve(values.corpus ?? path.join(root, '../shared/corpora/wh-briefings'))
  if (!existsSync(source)) {
    console.error(`✗ corpus folder ${source} is missing; pass --corpus <folder> or --synthetic <n>`)
    process.exit(2)
  }
  const name = path.basename(source)
  const work = path.join(root, '.tmp/bench-browser', name)
  const dir = path.join(work, 'statements')
  if (!existsSync(path.join(work, '.complete'))) {
    rmSync(work, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    // The importer extends its alias table; it gets a copy, never data/speakers.json itself.
    copyFileSync(path.join(root, 'data/speakers.json'), path.join(work, 'speakers.json'))
    console.log(`importing ${source} …`)
    const report = await importPaths([source], { to: dir, speakersFile: path.join(work, 'speakers.json') })
    console.log(`imported ${report.imported} statements (${report.rejected.length} rejected) in ${(report.elapsedMs / 1000).toFixed(1)} s`)
    writeFileSync(path.join(work, '.complete'), '')
  }
  return { name, dir }
}


async function build(statementsDir: string, outDir: string) {
  const bin = (n: string) => path.join(root, 'node_modules/.bin', n)
  const timed = async (label: string, step: () => unknown) => {
    const started = performance.now()
    await step()
    const s = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`  ${label}: ${s} s`)
    return Number(s)
  }
  const seconds = {
    app: await timed('vite build', () =>
      execFileSync(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' }),
    ),
    corpus: await timed('corpus', () => {
      rmSync(path.join(outDir, 'corpus'), { recursive: true, force: true })
      execFileSync(bin('tsx'), ['scripts/build-corpus.ts', statementsDir], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, CORPUS_OUT: path.join(outDir, 'corpus'), NODE_OPTIONS: '--max-old-space-size=8192' },
      })
    }),
    benchPages: await timed('bench pages', () => buildBenchPages(outDir)),
    // Only when measured: Pagefind takes minutes on a large corpus.
    ...(engines.some((e) => e.name === 'pagefind') ? { pagefind: await timed('Pagefind index', () => indexWithPagefind(statementsDir, outDir)) } : {}),
    compress: await timed('brotli and gzip', async () => console.log(`  ${describeCompression(await compressSite(outDir), path.relative(root, outDir))}`)),
  }
  writeFileSync(path.join(outDir, '.bench-built.json'), JSON.stringify(seconds))
  return seconds
}

async function indexWithPagefind(statementsDir: string, outDir: string) {
  const r = await buildPagefindIndex(statementsDir, path.join(outDir, 'pagefind'))
  console.log(`  Pagefind indexed ${r.records} records`)
}

/** What a request was for, so that the bytes before the first results can be told apart. */
function kindOf(url: string): string {
  const p = new URL(url).pathname
  if (p.endsWith('.js')) return 'js'
  if (p.endsWith('.css')) return 'css'
  if (p.startsWith('/corpus/catalog')) return 'catalog'
  if (p.startsWith('/corpus/rows')) return 'rows'
  if (p.startsWith('/corpus/ids')) return 'ids'
  if (p === '/corpus/manifest.json') return 'manifest'
  if (p.startsWith('/corpus/search')) return 'search'
  if (p.startsWith('/corpus/shards')) return 'shards'
  if (p.startsWith('/corpus/vocabulary')) return 'vocabulary'
  if (p.startsWith('/corpus/bodies')) return 'bodies'
  if (p.startsWith('/pagefind/fragment')) return 'fragments'
  if (p.startsWith('/pagefind/wasm')) return 'wasm'
  if (p.startsWith('/pagefind/')) return 'index'
  return 'other'
}

/**
 * Bytes on the wire per request: body as sent (brotli) and headers, for the page and its search
 * worker alike (a CDP session on the page would miss the worker's requests).
 */
function trackBytes(context: BrowserContext) {
  const sizes: Array<Promise<{ url: string; body: number; headers: number; finishedAt: number }>> = []
  let stopped = false
  context.on('requestfinished', (request) => {
    if (stopped) return
    sizes.push(
      (async () => {
        const s = await request.sizes()
        // A worker's script reports no body size; its Content-Length says what was sent.
        const length = Number((await request.response())?.headers()['content-length'] ?? 0)
        // When its last byte arrived, by the browser's own clock (milliseconds since the epoch).
        const timing = request.timing()
        const finishedAt = timing.startTime + Math.max(timing.responseEnd, 0)
        return { url: request.url(), body: s.responseBodySize || length, headers: s.responseHeadersSize, finishedAt }
      })(),
    )
  })
  // Called once the first results are painted, with when that was: what finished by then.
  // Requests started by the same render (the rows' snippets) finish later and are not counted.
  return async (paintedAt: number) => {
    stopped = true
    return (await Promise.all(sizes)).filter((s) => s.finishedAt <= paintedAt)
  }
}

async function openPage(context: BrowserContext, profile: Profile): Promise<Page> {
  const page = await context.newPage()
  await applyProfile(await context.newCDPSession(page), profile)
  return page
}

async function measureFirstResults(context: BrowserContext, baseUrl: string, engine: Engine, profile: Profile) {
  const page = await openPage(context, profile)
  const finished = trackBytes(context)
  const painted = await firstResultsOf(page)
  await page.goto(`${baseUrl}${engine.page}?q=${encodeURIComponent(QUERY)}`, { timeout: 600_000 })
  const firstResultsMs = await painted(180_000)
  const paintedAt = (await page.evaluate(() => performance.timeOrigin)) + firstResultsMs
  const sizes = await finished(paintedAt)
  const bytesBeforeFirstResults = sizes.reduce((n, s) => n + s.body + s.headers, 0)
  const bytesByKind: Record<string, number> = {}
  for (const s of sizes) bytesByKind[kindOf(s.url)] = (bytesByKind[kindOf(s.url)] ?? 0) + s.body + s.headers
  // The JavaScript itself, compressed, as the page and the worker load it; headers not counted.
  const firstPageJsGzBytes = sizes.filter((s) => new URL(s.url).pathname.endsWith('.js')).reduce((n, s) => n + s.body, 0)
  return { firstResultsMs, bytesBeforeFirstResults, firstPageJsGzBytes, requests: sizes.length, bytesByKind }
}

async function measureTyping(context: BrowserContext, baseUrl: string, engine: Engine, profile: Profile) {
  const page = await openPage(context, profile)
  await page.goto(`${baseUrl}${engine.page}`, { timeout: 600_000 })
  await page.locator(engine.ready).first().waitFor({ timeout: 600_000, state: 'attached' })
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { tasks: Array<[number, number]> } }
    w.__bench = { tasks: [] }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.tasks.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: false })
  })
  await watchFinalResults(page)
  // Playwright injects a script of its own into the page the first time it waits on a
  // condition there: at 4× CPU a task of some 100 ms, which would fall among the typing's tasks
  // and be counted as the page's. It is injected now, before typing starts.
  await page.waitForFunction(() => true)
  const box = engine.box(page)
  await box.click()
  const start = await page.evaluate(() => performance.now())
  const b = await typeUntilFinalResults(page, box, 60_000)
  const tasks = await page.evaluate(() => (window as unknown as { __bench: { tasks: Array<[number, number]> } }).__bench.tasks)
  const during = tasks.filter(([t]) => t >= start && t <= b.finalAt)
  return {
    longestTaskWhileTypingMs: during.reduce((m, [, d]) => Math.max(m, d), 0),
    finalResultsAfterLastKeyMs: Math.max(0, b.finalAt - b.lastKey),
  }
}

/**
 * The query's results on screen, then a click on the Passages tab: the time from the click to
 * the frame that paints the first passage lines. Then the list is scrolled with the wheel, far
 * enough to fetch several more pages, and the longest main-thread task meanwhile is the stall.
 */
async function measurePassages(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/?q=${encodeURIComponent(QUERY)}`, { timeout: 600_000 })
  await page.locator('.result').first().waitFor({ timeout: 600_000 })
  await page.evaluate(() => {
    const w = window as unknown as { __passages: { clickAt: number; firstAt: number } }
    w.__passages = { clickAt: 0, firstAt: 0 }
    document.addEventListener('click', (e) => (w.__passages.clickAt ||= e.timeStamp), true)
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.passage-list > li[aria-posinset]')) return
      observer.disconnect()
      requestAnimationFrame(() => (w.__passages.firstAt = performance.now()))
    }).observe(document.body, { childList: true, subtree: true })
  })
  await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Passages' }).click()
  await page.waitForFunction(() => (window as unknown as { __passages: { firstAt: number } }).__passages.firstAt > 0, undefined, { timeout: 120_000 })
  const p = await page.evaluate(() => (window as unknown as { __passages: { clickAt: number; firstAt: number } }).__passages)
  const total = Number((await page.locator('.passage-list > li[aria-posinset]').first().getAttribute('aria-setsize')) ?? 0)

  await page.evaluate(() => {
    const w = window as unknown as { __scroll: Array<[number, number]> }
    w.__scroll = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__scroll.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: false })
  })
  await page.mouse.move(600, 400)
  const start = await page.evaluate(() => performance.now())
  // 120 wheel turns of 600 px: about 1,400 lines, fourteen pages of passages to fetch and show.
  for (let i = 0; i < 120; i++) {
    await page.mouse.wheel(0, 600)
    await page.waitForTimeout(40)
  }
  await page.waitForTimeout(500)
  const end = await page.evaluate(() => performance.now())
  const tasks = await page.evaluate(() => (window as unknown as { __scroll: Array<[number, number]> }).__scroll)
  const lastLine = await page.locator('.passage-list > li[aria-posinset]').last().getAttribute('aria-posinset')
  return {
    firstPassagesMs: p.firstAt - p.clickAt,
    longestTaskWhileScrollingPassagesMs: tasks.filter(([t]) => t >= start && t <= end).reduce((m, [, d]) => Math.max(m, d), 0),
    passages: total,
    scrolledTo: Number(lastLine ?? 0),
  }
}

const { name, dir } = await prepareStatements()
const docs = readdirSync(dir).filter((f) => f.endsWith('.json')).length
const outDir = path.join(root, '.tmp/bench-browser', name, 'dist')
const builtMarker = path.join(outDir, '.bench-built.json')
let buildSeconds: Record<string, number>
if (values.reuse && existsSync(builtMarker)) {
  buildSeconds = JSON.parse(readFileSync(builtMarker, 'utf8')) as Record<string, number>
  console.log(`reusing the build in ${path.relative(root, outDir)}; the bench pages are built again`)
  await buildBenchPages(outDir)
  await compressSite(path.join(outDir, 'bench'), outDir)
  if (engines.some((e) => e.name === 'pagefind') && !existsSync(path.join(outDir, 'pagefind'))) {
    console.log('indexing with Pagefind, which the reused build lacks …')
    await indexWithPagefind(dir, outDir)
    await compressSite(path.join(outDir, 'pagefind'), outDir)
  }
} else {
  console.log(`building ${name} (${docs} statements) …`)
  buildSeconds = await build(dir, outDir)
}
const { url, server } = await serveStatic(outDir)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] as number
}
const spread = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`
const pick = <T,>(rows: T[], key: keyof T) => rows.map((r) => r[key] as number)

interface Row {
  corpus: string
  docs: number
  engine: string
  profile: string
  runs: { firstResults: number; typing: number; passages?: number }
  failures: string[]
  firstResultsMs: number
  bytesBeforeFirstResults: number
  bytesByKind: Record<string, number>
  firstPageJsGzBytes: number
  longestTaskWhileTypingMs: number
  finalResultsAfterLastKeyMs: number
  spread: Record<string, string>
  buildSeconds: Record<string, number>
  measuredAt: string
  firstPassagesMs?: number
  longestTaskWhileScrollingPassagesMs?: number
  passages?: number
  passagesScrolledTo?: number
}
const rows: Row[] = []
try {
  for (const profile of profiles) {
    const measured = new Map(engines.map((engine) => [engine, {
      firsts: [] as Array<Awaited<ReturnType<typeof measureFirstResults>>>,
      typings: [] as Array<Awaited<ReturnType<typeof measureTyping>>>,
      failures: [] as string[],
    }]))
    // A run that stalls (no results in time) is noted and left out of the medians, so that
    // one stuck page does not end an hour's run.
    const attempt = async <T,>(engine: Engine, what: string, measure: (context: BrowserContext) => Promise<T>, into: T[]) => {
      const context = await browser.newContext()
      try {
        into.push(await measure(context))
      } catch (error) {
        const status = await context.pages()[0]?.locator('.results-count, [role=alert]').first().textContent({ timeout: 1000 }).catch(() => '')
        const failures = measured.get(engine)!.failures
        failures.push(`${what}: ${(error as Error).message.split('\n')[0]} (page said: ${status || 'nothing'})`)
        console.log(`  ✗ ${engine.name} · ${profile.name} · ${failures.at(-1)}`)
      } finally {
        await context.close()
      }
    }
    // The engines take turns, load by load, the order reversed every other round: this shared
    // machine's speed drifts by a quarter within minutes, and engines measured one after the
    // other in blocks were compared across that drift (one build's first results: a median of
    // 636 ms in alternate-builds.ts, then 871 ms in a block of this bench, minutes later).
    const inTurn = (round: number) => (round % 2 ? [...engines].reverse() : engines)
    for (let run = 0; run < RUNS; run++) {
      for (const engine of inTurn(run)) await attempt(engine, 'first results', (c) => measureFirstResults(c, url, engine, profile), measured.get(engine)!.firsts)
    }
    for (let run = 0; run < TYPING_RUNS; run++) {
      for (const engine of inTurn(run)) await attempt(engine, 'typing', (c) => measureTyping(c, url, engine, profile), measured.get(engine)!.typings)
    }
    for (const engine of engines) {
      const { firsts, typings, failures } = measured.get(engine)!
      if (firsts.length === 0) continue
      // The bytes of the median run by time, split by kind, so that the split adds up.
      const byTime = [...firsts].sort((a, b) => a.firstResultsMs - b.firstResultsMs)[Math.floor((firsts.length - 1) / 2)]!
      const row: Row = {
        corpus: name,
        docs,
        engine: engine.name,
        profile: profile.name,
        runs: { firstResults: firsts.length, typing: typings.length },
        failures,
        firstResultsMs: median(pick(firsts, 'firstResultsMs')),
        bytesBeforeFirstResults: median(pick(firsts, 'bytesBeforeFirstResults')),
        bytesByKind: byTime.bytesByKind,
        firstPageJsGzBytes: median(pick(firsts, 'firstPageJsGzBytes')),
        // No typing run that finished: the final results never came within the wait.
        longestTaskWhileTypingMs: typings.length ? median(pick(typings, 'longestTaskWhileTypingMs')) : NaN,
        finalResultsAfterLastKeyMs: typings.length ? median(pick(typings, 'finalResultsAfterLastKeyMs')) : NaN,
        spread: {
          firstResultsMs: spread(pick(firsts, 'firstResultsMs')),
          longestTaskWhileTypingMs: typings.length ? spread(pick(typings, 'longestTaskWhileTypingMs')) : 'none finished',
          finalResultsAfterLastKeyMs: typings.length ? spread(pick(typings, 'finalResultsAfterLastKeyMs')) : 'none finished',
        },
        buildSeconds,
        measuredAt: new Date().toISOString(),
      }
      if (engine.name === 'ours-ui' && profile.name === 'localhost') {
        const passageRuns: Array<Awaited<ReturnType<typeof measurePassages>>> = []
        for (let run = 0; run < TYPING_RUNS; run++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
          passageRuns.push(await measurePassages(await context.newPage(), url))
          await context.close()
        }
        Object.assign(row, {
          firstPassagesMs: median(pick(passageRuns, 'firstPassagesMs')),
          longestTaskWhileScrollingPassagesMs: median(pick(passageRuns, 'longestTaskWhileScrollingPassagesMs')),
          passages: median(pick(passageRuns, 'passages')),
          passagesScrolledTo: median(pick(passageRuns, 'scrolledTo')),
        })
        row.runs.passages = passageRuns.length
        row.spread.firstPassagesMs = spread(pick(passageRuns, 'firstPassagesMs'))
        row.spread.longestTaskWhileScrollingPassagesMs = spread(pick(passageRuns, 'longestTaskWhileScrollingPassagesMs'))
        printAppTable(row)
      }
      rows.push(row)
      // Saved after every row, so that a long run stopped midway keeps what it measured.
      saveRows(rows)
      console.log(
        `${name} · ${engine.name} · ${profile.name}: first results ${Math.round(row.firstResultsMs)} ms (${row.spread.firstResultsMs}),` +
          ` ${kB(row.bytesBeforeFirstResults)} before them, typing: longest task ${Math.round(row.longestTaskWhileTypingMs)} ms,` +
          ` final results ${Math.round(row.finalResultsAfterLastKeyMs)} ms after the last key`,
      )
    }
  }
  console.log(`\nwrote ${path.relative(root, RESULTS)}\n`)
  console.log(markdownTable(saveRows(rows)))
} finally {
  await browser.close()
  server.close()
}

/** Rows of other corpora, engines and profiles are kept, so that one file holds the whole table. */
function saveRows(fresh: Row[]): Row[] {
  mkdirSync(path.dirname(RESULTS), { recursive: true })
  const key = (r: Partial<Row>) => `${r.corpus}|${r.engine ?? 'ours-ui'}|${r.profile ?? 'localhost'}`
  const keys = new Set(fresh.map(key))
  const earlier = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Array<Partial<Row>>) : []
  const all = [...(earlier.filter((r) => r.engine && !keys.has(key(r))) as Row[]), ...fresh]
  writeFileSync(RESULTS, JSON.stringify(all, null, 2) + '\n')
  return all
}

function ms(n: number | null) {
  // JSON keeps NaN as null: no typing run finished within a minute.
  return n === null || Number.isNaN(n) ? '> 60 s' : `${Math.round(n).toLocaleString('en')} ms`
}

function kB(n: number) {
  return `${Math.round(n / 1000).toLocaleString('en')} kB`
}

function printAppTable(row: Row) {
  const verdict = (key: keyof typeof TARGETS) => ((row[key] ?? Infinity) <= TARGETS[key] ? 'met' : 'NOT met')
  const r = (key: string) => row.spread[key] ?? ''
  console.log(`\nBrowser benchmark — ${row.corpus}, ${row.docs} statements, headless Chromium, the app, brotli on localhost`)
  console.log(`medians of ${row.runs.firstResults} page loads, ${row.runs.typing} typing runs and ${row.runs.passages} passage runs; range = fastest–slowest run`)
  console.log(`passages of “${QUERY}”: ${row.passages}; scrolled to line ${row.passagesScrolledTo}`)
  console.table([
    { measure: 'navigation → first results (ms)', value: Math.round(row.firstResultsMs), range: r('firstResultsMs'), target: `≤ ${TARGETS.firstResultsMs}`, verdict: verdict('firstResultsMs') },
    { measure: 'bytes before first results', value: row.bytesBeforeFirstResults, range: '', target: `≤ ${TARGETS.bytesBeforeFirstResults}`, verdict: verdict('bytesBeforeFirstResults') },
    { measure: 'longest main-thread task while typing (ms)', value: Math.round(row.longestTaskWhileTypingMs), range: r('longestTaskWhileTypingMs'), target: `≤ ${TARGETS.longestTaskWhileTypingMs}`, verdict: verdict('longestTaskWhileTypingMs') },
    { measure: 'final results after last key (ms)', value: Math.round(row.finalResultsAfterLastKeyMs), range: r('finalResultsAfterLastKeyMs'), target: `≤ ${TARGETS.finalResultsAfterLastKeyMs}`, verdict: verdict('finalResultsAfterLastKeyMs') },
    { measure: 'first page JavaScript (compressed bytes)', value: row.firstPageJsGzBytes, range: '', target: `≤ ${TARGETS.firstPageJsGzBytes}`, verdict: verdict('firstPageJsGzBytes') },
    { measure: 'first page of passages after the query (ms)', value: Math.round(row.firstPassagesMs ?? 0), range: r('firstPassagesMs'), target: `≤ ${TARGETS.firstPassagesMs}`, verdict: verdict('firstPassagesMs') },
    { measure: 'longest main-thread task while scrolling passages (ms)', value: Math.round(row.longestTaskWhileScrollingPassagesMs ?? 0), range: r('longestTaskWhileScrollingPassagesMs'), target: `≤ ${TARGETS.longestTaskWhileScrollingPassagesMs}`, verdict: verdict('longestTaskWhileScrollingPassagesMs') },
  ])
}

/** Engines side by side, per corpus and profile: the table for the README. */
function markdownTable(all: Row[]): string {
  const order = (r: Row) => `${String(r.docs).padStart(9, '0')}|${PROFILES.findIndex((p) => p.name === r.profile)}|${ENGINES.findIndex((e) => e.name === r.engine)}`
  const lines = [
    `Query “${QUERY}”, then “${TYPED}” typed at 70 ms a key; medians of cold loads in fresh contexts, brotli.`,
    '',
    '| corpus | profile | engine | bytes before first results | first results | final results after last key | longest task while typing |',
    '|---|---|---|---:|---:|---:|---:|',
  ]
  for (const r of [...all].sort((a, b) => order(a).localeCompare(order(b)))) {
    const engine = ENGINES.find((e) => e.name === r.engine)?.label ?? r.engine
    const profile = PROFILES.find((p) => p.name === r.profile)?.label ?? r.profile
    lines.push(
      `| ${r.corpus} (${r.docs.toLocaleString('en')}) | ${profile} | ${engine} | ${kB(r.bytesBeforeFirstResults)} | ${Math.round(r.firstResultsMs).toLocaleString('en')} ms | ${ms(r.finalResultsAfterLastKeyMs)} | ${r.longestTaskWhileTypingMs === null || Number.isNaN(r.longestTaskWhileTypingMs) ? 'n/a' : ms(r.longestTaskWhileTypingMs)} |`,
    )
  }
  return lines.join('\n')
}
