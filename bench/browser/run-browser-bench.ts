// npm run bench:browser [-- --corpus <folder> | --synthetic <n>]
// Builds the app on a corpus (by default the real ../shared/corpora/wh-briefings, imported on
// the fly into .tmp/), serves it gzip on localhost and measures, in headless Chromium, what a
// person feels: time to the first results, bytes before them, main-thread stalls while typing,
// how soon the final results follow the last key, the first page's JavaScript, and the passages
// view: how soon its first lines follow a click on Passages, and stalls while scrolling them.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { generateSyntheticStatements } from '../../src/corpus/synthetic.ts'
import { importPaths } from '../../src/importer/import-files.ts'
import { serveStatic } from '../../scripts/lib/serve-static.ts'

const root = path.resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    synthetic: { type: 'string' },
    query: { type: 'string', default: 'cybersecurity' },
    runs: { type: 'string', default: '5' },
  },
})
// A shared two-core machine is noisy: every measure is taken several times, each in a fresh
// browser context (nothing cached), and the median is the figure; the spread is printed too.
const RUNS = Math.max(1, Number(values.runs))

const TARGETS = {
  firstResultsMs: 1500,
  bytesBeforeFirstResults: 3 * 1024 * 1024,
  longestTaskWhileTypingMs: 50,
  finalResultsAfterLastKeyMs: 100,
  firstPageJsGzBytes: 150 * 1024,
  firstPassagesMs: 300,
  longestTaskWhileScrollingPassagesMs: 50,
}

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

function build(statementsDir: string, outDir: string) {
  const bin = (n: string) => path.join(root, 'node_modules/.bin', n)
  execFileSync(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  rmSync(path.join(outDir, 'corpus'), { recursive: true, force: true })
  execFileSync(bin('tsx'), ['scripts/build-corpus.ts', statementsDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CORPUS_OUT: path.join(outDir, 'corpus'), NODE_OPTIONS: '--max-old-space-size=8192' },
  })
}

/**
 * Asks the server once for every file but the statement bodies, so that its gzip cache is warm:
 * a real host serves precompressed files, and compressing a 4 MB catalog on the first request
 * would otherwise be measured as the page's loading time.
 */
async function warmServer(baseUrl: string, outDir: string) {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && !f.parentPath.includes(`${path.sep}bodies`))
    .map((f) => path.relative(outDir, path.join(f.parentPath, f.name)).split(path.sep).join('/'))
  for (const file of files) await (await fetch(`${baseUrl}/${file}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer()
}

/**
 * Bytes on the wire per request: body as sent (gzip) and headers, for the page and its search
 * worker alike (a CDP session on the page would miss the worker's requests).
 */
function trackBytes(context: BrowserContext) {
  const sizes: Array<Promise<{ url: string; body: number; headers: number }>> = []
  let stopped = false
  context.on('requestfinished', (request) => {
    if (stopped) return
    sizes.push(
      (async () => {
        const s = await request.sizes()
        // A worker's script reports no body size; its Content-Length says what was sent.
        const length = Number((await request.response())?.headers()['content-length'] ?? 0)
        return { url: request.url(), body: s.responseBodySize || length, headers: s.responseHeadersSize }
      })(),
    )
  })
  // Called at the first results: what finished by then; later requests are not counted.
  return async () => {
    stopped = true
    return Promise.all(sizes)
  }
}

async function measureFirstResults(context: BrowserContext, baseUrl: string) {
  // Timed inside the page: the first animation frame after a result row enters the document,
  // that is, the frame that paints it. Polling from Playwright would add its own delay.
  await context.addInitScript(() => {
    const w = window as unknown as { __firstResultsAt?: number }
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.result')) return
      observer.disconnect()
      requestAnimationFrame(() => (w.__firstResultsAt = performance.now()))
    }).observe(document, { childList: true, subtree: true })
  })
  const page = await context.newPage()
  const finished = trackBytes(context)
  await page.goto(`${baseUrl}/?q=${encodeURIComponent(values.query ?? 'cybersecurity')}`, { timeout: 600_000 })
  await page.waitForFunction(() => (window as unknown as { __firstResultsAt?: number }).__firstResultsAt !== undefined, undefined, {
    timeout: 600_000,
  })
  const firstResultsMs = await page.evaluate(() => (window as unknown as { __firstResultsAt: number }).__firstResultsAt)
  const sizes = await finished()
  const bytesBeforeFirstResults = sizes.reduce((n, s) => n + s.body + s.headers, 0)
  // The JavaScript itself, gzip, as the page and the worker load it; headers not counted.
  const firstPageJsGzBytes = sizes.filter((s) => new URL(s.url).pathname.endsWith('.js')).reduce((n, s) => n + s.body, 0)
  return { firstResultsMs, bytesBeforeFirstResults, firstPageJsGzBytes }
}

async function measureTyping(page: Page, baseUrl: string) {
  const text = 'continuous cyber defence europe'.slice(0, 30)
  await page.goto(`${baseUrl}/`, { timeout: 600_000 })
  await page.locator('.result').first().waitFor({ timeout: 600_000 })
  await page.evaluate((finalQuery) => {
    const w = window as unknown as { __bench: { tasks: Array<[number, number]>; lastKey: number; finalAt: number } }
    w.__bench = { tasks: [], lastKey: 0, finalAt: 0 }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.tasks.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: false })
    document.addEventListener('keydown', (e) => (w.__bench.lastKey = e.timeStamp), true)
    new MutationObserver(() => {
      const status = document.querySelector('.results-count')?.textContent ?? ''
      if (!w.__bench.finalAt && status.includes(`“${finalQuery}”`)) w.__bench.finalAt = performance.now()
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  }, text)
  const box = page.getByRole('searchbox', { name: /Search .* statements/ })
  await box.click()
  const start = await page.evaluate(() => performance.now())
  await box.pressSequentially(text, { delay: 70 })
  await page.waitForFunction(() => (window as unknown as { __bench: { finalAt: number } }).__bench.finalAt > 0, undefined, {
    timeout: 120_000,
  })
  const b = await page.evaluate(() => (window as unknown as { __bench: { tasks: Array<[number, number]>; lastKey: number; finalAt: number } }).__bench)
  const during = b.tasks.filter(([t]) => t >= start && t <= b.finalAt)
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
  await page.goto(`${baseUrl}/?q=${encodeURIComponent(values.query ?? 'cybersecurity')}`, { timeout: 600_000 })
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
build(dir, outDir)
const { url, server } = await serveStatic(outDir)
await warmServer(url, outDir)
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
try {
  const firsts: Array<Awaited<ReturnType<typeof measureFirstResults>>> = []
  const typings: Array<Awaited<ReturnType<typeof measureTyping>>> = []
  const passageRuns: Array<Awaited<ReturnType<typeof measurePassages>>> = []
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext()
    firsts.push(await measureFirstResults(context, url))
    await context.close()
  }
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run++) {
    const context = await browser.newContext()
    typings.push(await measureTyping(await context.newPage(), url))
    await context.close()
  }
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    passageRuns.push(await measurePassages(await context.newPage(), url))
    await context.close()
  }
  const pick = <T,>(rows: T[], key: keyof T) => rows.map((r) => r[key] as number)
  const row = {
    corpus: name,
    docs,
    runs: { firstResults: firsts.length, typing: typings.length, passages: passageRuns.length },
    firstResultsMs: median(pick(firsts, 'firstResultsMs')),
    bytesBeforeFirstResults: median(pick(firsts, 'bytesBeforeFirstResults')),
    firstPageJsGzBytes: median(pick(firsts, 'firstPageJsGzBytes')),
    longestTaskWhileTypingMs: median(pick(typings, 'longestTaskWhileTypingMs')),
    finalResultsAfterLastKeyMs: median(pick(typings, 'finalResultsAfterLastKeyMs')),
    firstPassagesMs: median(pick(passageRuns, 'firstPassagesMs')),
    longestTaskWhileScrollingPassagesMs: median(pick(passageRuns, 'longestTaskWhileScrollingPassagesMs')),
    passages: median(pick(passageRuns, 'passages')),
    passagesScrolledTo: median(pick(passageRuns, 'scrolledTo')),
    spread: {
      firstResultsMs: spread(pick(firsts, 'firstResultsMs')),
      longestTaskWhileTypingMs: spread(pick(typings, 'longestTaskWhileTypingMs')),
      finalResultsAfterLastKeyMs: spread(pick(typings, 'finalResultsAfterLastKeyMs')),
      firstPassagesMs: spread(pick(passageRuns, 'firstPassagesMs')),
      longestTaskWhileScrollingPassagesMs: spread(pick(passageRuns, 'longestTaskWhileScrollingPassagesMs')),
    },
    measuredAt: new Date().toISOString(),
  }
  const verdict = (key: keyof typeof TARGETS) => (row[key] <= TARGETS[key] ? 'met' : 'NOT met')
  const range = (key: keyof typeof row.spread) => row.spread[key]
  console.log(`\nBrowser benchmark — ${name}, ${docs} statements, headless Chromium, gzip on localhost`)
  console.log(`medians of ${firsts.length} page loads, ${typings.length} typing runs and ${passageRuns.length} passage runs; range = fastest–slowest run`)
  console.log(`passages of “${values.query}”: ${row.passages}; scrolled to line ${row.passagesScrolledTo}`)
  console.table([
    { measure: 'navigation → first results (ms)', value: Math.round(row.firstResultsMs), range: range('firstResultsMs'), target: `≤ ${TARGETS.firstResultsMs}`, verdict: verdict('firstResultsMs') },
    { measure: 'bytes before first results', value: row.bytesBeforeFirstResults, range: '', target: `≤ ${TARGETS.bytesBeforeFirstResults}`, verdict: verdict('bytesBeforeFirstResults') },
    { measure: 'longest main-thread task while typing (ms)', value: Math.round(row.longestTaskWhileTypingMs), range: range('longestTaskWhileTypingMs'), target: `≤ ${TARGETS.longestTaskWhileTypingMs}`, verdict: verdict('longestTaskWhileTypingMs') },
    { measure: 'final results after last key (ms)', value: Math.round(row.finalResultsAfterLastKeyMs), range: range('finalResultsAfterLastKeyMs'), target: `≤ ${TARGETS.finalResultsAfterLastKeyMs}`, verdict: verdict('finalResultsAfterLastKeyMs') },
    { measure: 'first page JavaScript (gzip bytes)', value: row.firstPageJsGzBytes, range: '', target: `≤ ${TARGETS.firstPageJsGzBytes}`, verdict: verdict('firstPageJsGzBytes') },
    { measure: 'first page of passages after the query (ms)', value: Math.round(row.firstPassagesMs), range: range('firstPassagesMs'), target: `≤ ${TARGETS.firstPassagesMs}`, verdict: verdict('firstPassagesMs') },
    { measure: 'longest main-thread task while scrolling passages (ms)', value: Math.round(row.longestTaskWhileScrollingPassagesMs), range: range('longestTaskWhileScrollingPassagesMs'), target: `≤ ${TARGETS.longestTaskWhileScrollingPassagesMs}`, verdict: verdict('longestTaskWhileScrollingPassagesMs') },
  ])
  mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  writeFileSync(path.join(root, 'bench/results/browser-latest.json'), JSON.stringify([row], null, 2) + '\n')
  console.log('wrote bench/results/browser-latest.json')
} finally {
  await browser.close()
  server.close()
}
