import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

// The bench's output: one row per corpus and engine, as a table and as JSON.

export interface BenchRow {
  corpus: string
  docs: number
  engine: string
  buildMs: number
  indexBytes: number
  indexBytesGz: number
  loadMs: number
  p50Ms: number
  p95Ms: number
  recallAt10: number
  heapMb: number
  /** Share of typo queries whose intended statement (the clean query's top hit) is in the top ten. */
  typoFoundAt10: number
  /** Queries timed; fewer than the corpus's set when the engine ran on a sample. */
  queries: number
  sampled: boolean
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2))

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['corpus', 'docs', 'engine', 'build s', 'index MB', 'gz MB', 'load ms', 'p50 ms', 'p95 ms', 'recall@10', 'typo found', 'heap MB', 'queries']
  const lines = rows.map((r) => [
    r.corpus,
    String(r.docs),
    r.engine,
    (r.buildMs / 1000).toFixed(2),
    mb(r.indexBytes),
    mb(r.indexBytesGz),
    ms(r.loadMs),
    ms(r.p50Ms),
    ms(r.p95Ms),
    r.recallAt10.toFixed(3),
    r.typoFoundAt10.toFixed(2),
    r.heapMb.toFixed(0),
    `${r.queries}${r.sampled ? ' (sample)' : ''}`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)))
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n')
}

export async function writeResults(rows: readonly BenchRow[], file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(rows, null, 2)}\n`)
}
