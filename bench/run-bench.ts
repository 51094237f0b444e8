import path from 'node:path'
import { parseArgs } from 'node:util'
import { archiveEngine } from './engines/archive.ts'
import { isSyntaxKind, type BenchEngine, type BuiltEngine } from './engines/bench-engine.ts'
import { minisearchEngine } from './engines/minisearch.ts'
import { naiveFuseEngine } from './engines/naive-fuse.ts'
import { naiveScanEngine } from './engines/naive-scan.ts'
import { exists, realCorpus, syntheticCorpus, type BenchCorpus } from './corpora.ts'
import { generateQueries, type ScoredQuery } from './queries.ts'
import { formatKindTable, formatTable, percentile, summarize, typoBreakdown, writeResults, type BenchRow, type QueryRecord } from './report.ts'
import { benchTrends, formatTrendTable } from './trends-bench.ts'

// npm run bench [-- --corpus <folder>] [--sizes 1000,10000] [--engines archive,minisearch] [--reimport] [--trends]
//
// One process runs the engines side by side on the same corpora and queries. Without
// --corpus: synthetic 1k, 10k and 100k, then ../shared/corpora/wh-briefings when it exists.
// --corpus alone limits the run to that folder; add --sizes to run synthetic sizes as well.
// Exit code 1 when an engine that claims exact results (the archive) gives, for a query with
// phrases, exclusions, OR or word*, a result set other than the naive scan's.
// Before each corpus's search rows, trends of six series (trends-bench.ts); --trends runs only those.

const root = path.resolve(import.meta.dirname, '..')
const DEFAULT_REAL = path.resolve(root, '../shared/corpora/wh-briefings')
const REPS = 3
/** Wall-clock budget for naive-fuse per corpus; beyond it, it answers a spread sample. */
const NAIVE_BUDGET_MS = 45_000

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    sizes: { type: 'string' },
    engines: { type: 'string' },
    reimport: { type: 'boolean' },
    trends: { type: 'boolean' },
    out: { type: 'string' },
  },
})

const log = (line: string) => console.error(`· ${line}`)
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) log('run with --expose-gc (npm run bench does) for heap figures; heap is reported as 0')
const memory = () => {
  gc?.()
  gc?.()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

const engines: BenchEngine[] = [naiveFuseEngine, naiveScanEngine, archiveEngine, minisearchEngine].filter(
  (e) => !values.engines || values.engines.split(',').includes(e.name),
)

/**
 * Wall-clock time of one query, and the process's CPU time over it: on a shared machine the
 * wall clock also counts the time other work held the cores; CPU time does not.
 */
function timeOne(engine: BuiltEngine, q: ScoredQuery): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage()
  const started = performance.now()
  engine.search(q)
  const ms = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  return { ms, cpuMs: (user + system) / 1000 }
}

async function runEngine(bench: BenchEngine, { name, corpus }: BenchCorpus, queries: ScoredQuery[]): Promise<BenchRow> {
  const before = memory()
  const { buildMs, engine } = await bench.build(corpus)
  const heapMb = gc ? Math.max(0, memory() - before) / 1024 / 1024 : 0
  log(`${name} ${bench.name}: built in ${(buildMs / 1000).toFixed(1)} s, ${heapMb.toFixed(0)} MB retained`)

  let sample = queries
  let sampled = false
  if (bench.name === 'naive-fuse') {
    // One query tells how long they take; the rest of the budget decides how many to run.
    const first = timeOne(engine, queries[0] as ScoredQuery).ms
    const affordable = Math.max(4, Math.floor(NAIVE_BUDGET_MS / Math.max(1, first)))
    if (affordable < queries.length) {
      const step = queries.length / affordable
      sample = Array.from({ length: affordable }, (_, i) => queries[Math.floor(i * step)] as ScoredQuery)
      sampled = true
      log(`${name} naive-fuse: ${first.toFixed(0)} ms a query, so it runs ${affordable} of ${queries.length} queries`)
    }
  }

  const records: QueryRecord[] = []
  for (const q of sample) {
    await engine.prepare?.(q)
    const reps = bench.name.startsWith('naive') ? 1 : REPS
    // Warm once (caches, JIT), then keep the median of a few runs.
    if (reps > 1) engine.search(q)
    const times = Array.from({ length: reps }, () => timeOne(engine, q))
    const top = engine.search(q)
    const record: QueryRecord = {
      index: queries.indexOf(q),
      kind: q.kind,
      filtered: q.filters !== null,
      q: q.q,
      ms: percentile(times.map((t) => t.ms), 50),
      cpuMs: percentile(times.map((t) => t.cpuMs), 50),
      truth: q.truth.size,
      returned: top.length,
      correct: top.filter((d) => q.truth.has(d)).length,
    }
    if (engine.searchAll && bench.ranks && isSyntaxKind(q.kind)) {
      const all = engine.searchAll(q)
      const extra = all.filter((d) => !q.truth.has(d))
      record.exact = extra.length === 0 && new Set(all).size === q.truth.size
      if (!record.exact) {
        const got = new Set(all)
        record.missing = [...q.truth].filter((d) => !got.has(d)).length
        record.extra = extra.length
      }
    }
    if (q.kind === 'typo' && q.clean && bench.ranks) {
      const cleanQuery = { ...q, q: q.clean }
      await engine.prepare?.(cleanQuery)
      const meant = engine.search(cleanQuery)[0]
      if (meant !== undefined) record.typoFound = top.includes(meant)
      record.edit = q.edit
    }
    records.push(record)
  }
  engine.dispose()
  return {
    corpus: name,
    docs: corpus.statements.length,
    engine: bench.name,
    ranks: bench.ranks,
    buildMs: Math.round(buildMs),
    indexBytes: engine.indexBytes,
    indexBytesGz: engine.indexBytesGz,
    loadMs: Number(engine.loadMs.toFixed(1)),
    heapMb: Math.round(heapMb),
    queries: sample.length,
    sampled,
    ...summarize(records, bench.ranks),
    records,
  }
}

/** Says loudly which queries an exact engine got wrong; true when there were any. */
function reportInexact(rows: readonly BenchRow[]): boolean {
  let failed = false
  for (const row of rows) {
    const wrong = row.records.filter((r) => r.exact === false)
    if (!wrong.length) continue
    failed = true
    console.error(`\n✗ ${row.corpus} ${row.engine}: ${wrong.length} of ${row.records.filter((r) => r.exact !== undefined).length} syntax queries do not give the naive scan's result set:`)
    for (const r of wrong) console.error(`  ${r.kind}${r.filtered ? ' (filtered)' : ''} ${r.q}: scan ${r.truth}, ${r.missing} missing, ${r.extra} extra`)
  }
  return failed
}

async function main(): Promise<void> {
  const sources: Array<() => Promise<BenchCorpus>> = []
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.corpus ? [] : [1000, 10_000, 100_000]
  for (const size of sizes) sources.push(() => syntheticCorpus(size))
  const folders = values.corpus ?? []
  if (!values.corpus && !values.sizes) {
    if (await exists(DEFAULT_REAL)) folders.push(DEFAULT_REAL)
    else log(`real corpus not found at ${DEFAULT_REAL}: running synthetic corpora only`)
  }
  for (const folder of folders) {
    if (!(await exists(folder))) {
      console.error(`✗ corpus folder not found: ${folder}`)
      process.exitCode = 1
      return
    }
    sources.push(() => realCorpus(folder, { reimport: values.reimport ?? false, log }))
  }

  const rows: BenchRow[] = []
  for (const load of sources) {
    let bench: BenchCorpus | undefined = await load()
    console.log(`\n${formatTrendTable(await benchTrends(bench, log))}\n`)
    if (values.trends) continue
    log(`${bench.name}: ${bench.corpus.statements.length} statements; generating queries`)
    const queries = generateQueries(bench.corpus)
    const kinds = new Map<string, number>()
    for (const q of queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1)
    log(`${queries.length} queries (${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ')}), half of them filtered`)
    for (const engine of engines) {
      const row = await runEngine(engine, bench, queries)
      rows.push(row)
      if (row.ranks) log(`${bench.name} ${engine.name} typo found ${typoBreakdown(row.records)}`)
    }
    const here = rows.filter((r) => r.corpus === bench?.name)
    console.log(formatTable(here))
    console.log(`\n${formatKindTable(here)}\n`)
    bench = undefined
  }
  if (values.trends) return
  console.log(`\n${formatTable(rows)}`)
  if (rows.some((r) => r.sampled)) {
    console.log('naive-fuse ran on an evenly spread sample of the queries where marked "(sample)"; its p50/p95 and recall are over that sample.')
  }
  const out = path.resolve(values.out ?? path.join(root, 'bench/results/latest.json'))
  await writeResults(rows, out)
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`)
  if (reportInexact(rows)) {
    console.error('\n✗ exactness below 1.0: see above')
    process.exitCode = 1
  }
}

await main()
