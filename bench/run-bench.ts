import path from 'node:path'
import { parseArgs } from 'node:util'
import { archiveEngine } from './engines/archive.ts'
import type { BenchEngine, BuiltEngine } from './engines/bench-engine.ts'
import { minisearchEngine } from './engines/minisearch.ts'
import { naiveFuseEngine } from './engines/naive-fuse.ts'
import { exists, realCorpus, syntheticCorpus, type BenchCorpus } from './corpora.ts'
import { generateQueries, type ScoredQuery } from './queries.ts'
import { formatTable, percentile, writeResults, type BenchRow } from './report.ts'

// npm run bench [-- --corpus <folder>] [--sizes 1000,10000] [--engines archive,minisearch] [--reimport]
//
// One process runs the engines side by side on the same corpora and queries. Without
// --corpus: synthetic 1k, 10k and 100k, then ../shared/corpora/wh-briefings when it exists.
// --corpus alone limits the run to that folder; add --sizes to run synthetic sizes as well.

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

const engines: BenchEngine[] = [naiveFuseEngine, archiveEngine, minisearchEngine].filter(
  (e) => !values.engines || values.engines.split(',').includes(e.name),
)

function timeOne(engine: BuiltEngine, q: ScoredQuery): number {
  const started = performance.now()
  engine.search(q)
  return performance.now() - started
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
    const first = timeOne(engine, queries[0] as ScoredQuery)
    const affordable = Math.max(4, Math.floor(NAIVE_BUDGET_MS / Math.max(1, first)))
    if (affordable < queries.length) {
      const step = queries.length / affordable
      sample = Array.from({ length: affordable }, (_, i) => queries[Math.floor(i * step)] as ScoredQuery)
      sampled = true
      log(`${name} naive-fuse: ${first.toFixed(0)} ms a query, so it runs ${affordable} of ${queries.length} queries`)
    }
  }

  const latencies: number[] = []
  const recalls: number[] = []
  const typoFound: number[] = []
  const byKind = new Map<string, [number, number]>()
  for (const q of sample) {
    await engine.prepare?.(q)
    const reps = bench.name === 'naive-fuse' ? 1 : REPS
    // Warm once (caches, JIT), then keep the median of a few runs.
    if (reps > 1) engine.search(q)
    const times = Array.from({ length: reps }, () => timeOne(engine, q))
    latencies.push(percentile(times, 50))
    const top = engine.search(q)
    if (q.truth.size > 0) {
      const found = top.filter((d) => q.truth.has(d)).length
      recalls.push(found / Math.min(10, q.truth.size))
      const key = `${q.kind}${q.filters ? '+filter' : ''}`
      const k = byKind.get(key) ?? [0, 0]
      byKind.set(key, [k[0] + found / Math.min(10, q.truth.size), k[1] + 1])
    }
    if (q.kind === 'typo' && q.clean) {
      const cleanQuery = { ...q, q: q.clean }
      await engine.prepare?.(cleanQuery)
      const meant = engine.search(cleanQuery)[0]
      if (meant !== undefined) typoFound.push(top.includes(meant) ? 1 : 0)
    }
  }
  engine.dispose()
  log(`${name} ${bench.name} recall@10 by kind: ${[...byKind].map(([k, [sum, n]]) => `${k} ${(sum / n).toFixed(2)}`).join(', ')}`)
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN)
  return {
    corpus: name,
    docs: corpus.statements.length,
    engine: bench.name,
    buildMs: Math.round(buildMs),
    indexBytes: engine.indexBytes,
    indexBytesGz: engine.indexBytesGz,
    loadMs: Number(engine.loadMs.toFixed(1)),
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p95Ms: Number(percentile(latencies, 95).toFixed(2)),
    recallAt10: Number(mean(recalls).toFixed(3)),
    heapMb: Math.round(heapMb),
    typoFoundAt10: Number(mean(typoFound).toFixed(2)),
    queries: sample.length,
    sampled,
  }
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
    log(`${bench.name}: ${bench.corpus.statements.length} statements; generating queries`)
    const queries = generateQueries(bench.corpus)
    const kinds = new Map<string, number>()
    for (const q of queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1)
    log(`${queries.length} queries (${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ')}), half of them filtered`)
    for (const engine of engines) rows.push(await runEngine(engine, bench, queries))
    console.log(formatTable(rows.filter((r) => r.corpus === bench?.name)))
    bench = undefined
  }
  console.log(`\n${formatTable(rows)}`)
  if (rows.some((r) => r.sampled)) {
    console.log('naive-fuse ran on an evenly spread sample of the queries where marked "(sample)"; its p50/p95 and recall are over that sample.')
  }
  const out = path.resolve(values.out ?? path.join(root, 'bench/results/latest.json'))
  await writeResults(rows, out)
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`)
}

await main()
