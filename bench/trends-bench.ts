import { percentile } from './report.ts'
import type { BenchCorpus } from './corpora.ts'
import { inMemoryRanker } from '../src/search/in-memory-ranker.ts'
import { toSearchQuery } from '../src/search/search-params.ts'
import type { SearchFilters, TrendRequest } from '../src/search/search-types.ts'
import { SearchAnswers } from '../src/service/search-side.ts'

// Trends as the search worker computes them: six series, words and phrases, through the same
// SearchAnswers.trends over the same ranker, every posting shard at hand (the worker fetches
// them once, on the first trend; that download is the browser bench's business, not this).
// The target: six series over the combined archive (about 25,000 statements) in at
// most 100 ms.

export const TREND_SERIES = ['cyber', '"nuclear weapons"', 'security', '"human rights"', 'climate', 'terrorism'] as const
export const TREND_TARGET_MS = 100
const REPS = 21

export interface TrendBenchRow {
  corpus: string
  docs: number
  /** Which filters applied to every series. */
  filter: string
  unit: string
  periods: number
  /** Statements the filters leave: the trend's denominator, over every period. */
  base: number
  /** The first trend of a fresh ranker: the trends module loaded, each series' words expanded. */
  firstMs: number
  p50Ms: number
  p95Ms: number
  cpuP95Ms: number
}

/** The most frequent value of a facet column, so that a filter leaves a real share of any corpus. */
function commonest(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

function filtersFor(bench: BenchCorpus): Array<{ filter: string; filters: SearchFilters }> {
  const { q: _q, sort: _s, ...none } = toSearchQuery({})
  const { statements } = bench.corpus
  const out: Array<{ filter: string; filters: SearchFilters }> = [{ filter: 'none', filters: none }]
  const country = commonest(statements.map((s) => s.country))
  if (country) out.push({ filter: `country ${country}`, filters: { ...none, country: [country] } })
  // The last two years the corpus covers: drawn per month, the other code path.
  const last = statements.reduce((max, s) => (s.date > max ? s.date : max), '0000').slice(0, 4)
  const from = `${Number(last) - 1}-01-01`
  out.push({ filter: `from ${from}`, filters: { ...none, from, to: `${last}-12-31` } })
  return out
}

export async function benchTrends(bench: BenchCorpus, log: (line: string) => void): Promise<TrendBenchRow[]> {
  const started = performance.now()
  const ranker = inMemoryRanker(bench.corpus)
  log(`${bench.name} trends: index built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const rows: TrendBenchRow[] = []
  for (const { filter, filters } of filtersFor(bench)) {
    // A fresh SearchAnswers per filter would share the ranker's expansion cache anyway; the
    // first call is reported apart so that the steady figure is not a cold one.
    const answers = new SearchAnswers({ ranker, loadBody: () => Promise.reject(new Error('trends read no statement text')) })
    const request: TrendRequest = { series: [...TREND_SERIES], filters }
    const t0 = performance.now()
    const trend = await answers.trends(request)
    const firstMs = performance.now() - t0
    const times: number[] = []
    const cpus: number[] = []
    for (let i = 0; i < REPS; i++) {
      const cpu = process.cpuUsage()
      const t = performance.now()
      await answers.trends(request)
      times.push(performance.now() - t)
      const { user, system } = process.cpuUsage(cpu)
      cpus.push((user + system) / 1000)
    }
    rows.push({
      corpus: bench.name,
      docs: bench.corpus.statements.length,
      filter,
      unit: trend.unit,
      periods: trend.periods.length,
      base: trend.periods.reduce((n, p) => n + p.total, trend.yearOnly.total),
      firstMs: Number(firstMs.toFixed(1)),
      p50Ms: Number(percentile(times, 50).toFixed(1)),
      p95Ms: Number(percentile(times, 95).toFixed(1)),
      cpuP95Ms: Number(percentile(cpus, 95).toFixed(1)),
    })
  }
  return rows
}

export function formatTrendTable(rows: readonly TrendBenchRow[]): string {
  const header = ['corpus', 'docs', 'filter', 'periods', 'statements', 'first ms', 'p50 ms', 'p95 ms', 'cpu p95 ms', `≤ ${TREND_TARGET_MS} ms`]
  const body = rows.map((r) => [
    r.corpus,
    String(r.docs),
    r.filter,
    `${r.periods} ${r.unit}s`,
    String(r.base),
    r.firstMs.toFixed(1),
    r.p50Ms.toFixed(1),
    r.p95Ms.toFixed(1),
    r.cpuP95Ms.toFixed(1),
    r.p95Ms <= TREND_TARGET_MS ? 'met' : 'NOT met',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ')
  return [`Trends of ${TREND_SERIES.length} series (${TREND_SERIES.join(', ')}), ${REPS} runs each after a first`, line(header), ...body.map(line)].join('\n')
}
