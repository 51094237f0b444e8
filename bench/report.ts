import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isSyntaxKind, QUERY_KINDS, type QueryKind, type TypoEdit } from './engines/bench-engine.ts'

// The bench's output: one row per corpus and engine, as a table and as JSON.

/** One query as one engine answered it. */
export interface QueryRecord {
  /** The query's place in the corpus's query list: the same query across engines. */
  index: number
  kind: QueryKind
  filtered: boolean
  q: string
  /** Median wall-clock time of the timed runs, and median CPU time of the process over them. */
  ms: number
  cpuMs: number
  /** Statements that answer it (the ground truth's size), results in the top ten, and how many of those answer it. */
  truth: number
  returned: number
  correct: number
  /** For a syntax query and an engine that claims exact results: whether its full result set is the scan's. */
  exact?: boolean
  missing?: number
  extra?: number
  /** For a typo query: whether the clean query's top hit is in the top ten, and the edit made. */
  typoFound?: boolean
  edit?: TypoEdit
}

export interface BenchRow {
  corpus: string
  docs: number
  engine: string
  ranks: boolean
  buildMs: number
  indexBytes: number
  indexBytesGz: number
  loadMs: number
  /** Over the plain-word kinds: the figures earlier runs reported. */
  p50Ms: number
  p95Ms: number
  /** Over the syntax kinds (phrases, exclusions, OR, word*). */
  syntaxP50Ms: number
  syntaxP95Ms: number
  /** Over every query. */
  allP95Ms: number
  /** CPU time, which other work on the machine does not inflate as it does the wall clock. */
  cpuP95Ms: number
  syntaxCpuP95Ms: number
  /** Plain-word kinds, against the statements holding the words. */
  recallAt10: number
  /** Share of typo queries whose intended statement (the clean query's top hit) is in the top ten. */
  typoFoundAt10: number
  /** Syntax kinds: share of queries whose full result set is the scan's (engines that claim it). */
  exactness: number
  /** Syntax kinds: share of the top-ten results, pooled over the queries, that satisfy the query by the scan. */
  precisionAt10: number
  heapMb: number
  /** Queries timed; fewer than the corpus's set when the engine ran on a sample. */
  queries: number
  sampled: boolean
  records: QueryRecord[]
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN)
const round = (v: number, digits: number) => Number(v.toFixed(digits))
const recallOf = (r: QueryRecord) => r.correct / Math.min(10, r.truth)
const pooledPrecision = (records: readonly QueryRecord[]) => {
  const returned = records.reduce((n, r) => n + r.returned, 0)
  return returned ? records.reduce((n, r) => n + r.correct, 0) / returned : NaN
}
const shareTrue = (flags: ReadonlyArray<boolean | undefined>) => {
  const known = flags.filter((f): f is boolean => f !== undefined)
  return known.length ? known.filter(Boolean).length / known.length : NaN
}

/** The row's figures from its queries. NaN where a figure does not apply. */
export function summarize(records: readonly QueryRecord[], ranks: boolean) {
  const plain = records.filter((r) => !isSyntaxKind(r.kind))
  const syntax = records.filter((r) => isSyntaxKind(r.kind))
  const p = (rs: readonly QueryRecord[], at: number) => round(percentile(rs.map((r) => r.ms), at), 2)
  const cpu = (rs: readonly QueryRecord[], at: number) => round(percentile(rs.map((r) => r.cpuMs), at), 2)
  return {
    p50Ms: p(plain, 50),
    p95Ms: p(plain, 95),
    syntaxP50Ms: p(syntax, 50),
    syntaxP95Ms: p(syntax, 95),
    allP95Ms: p(records, 95),
    cpuP95Ms: cpu(plain, 95),
    syntaxCpuP95Ms: cpu(syntax, 95),
    recallAt10: ranks ? round(mean(plain.filter((r) => r.truth > 0).map(recallOf)), 3) : NaN,
    typoFoundAt10: round(shareTrue(records.map((r) => r.typoFound)), 2),
    exactness: round(shareTrue(syntax.map((r) => r.exact)), 3),
    precisionAt10: ranks ? round(pooledPrecision(syntax), 3) : NaN,
  }
}

/** Typo found, by the typed word's length (no typo is allowed up to 4 letters) and by the edit made. */
export function typoBreakdown(records: readonly QueryRecord[]): string {
  const typos = records.filter((r) => r.typoFound !== undefined)
  const part = (label: string, keep: (r: QueryRecord) => boolean) => {
    const rs = typos.filter(keep)
    return `${label} ${rs.filter((r) => r.typoFound).length}/${rs.length}`
  }
  return [
    part('all', () => true),
    part('≤4 letters', (r) => r.q.length <= 4),
    part('5–8', (r) => r.q.length >= 5 && r.q.length <= 8),
    part('≥9', (r) => r.q.length >= 9),
    ...(['substitute', 'delete', 'insert', 'swap'] as const).map((edit) => part(edit, (r) => r.edit === edit)),
  ].join(', ')
}

// A figure that does not apply is NaN, and null once read back from the JSON.
const missing = (v: number | null): v is null => v === null || Number.isNaN(v)
const mb = (bytes: number) => (missing(bytes) ? '–' : (bytes / 1024 / 1024).toFixed(1))
const ms = (v: number) => (missing(v) ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2))
const share = (v: number, digits = 3) => (missing(v) ? '–' : v.toFixed(digits))
const times = (v: number) => (missing(v) ? '–' : v >= 100 ? `${v.toFixed(0)}×` : `${v.toFixed(1)}×`)

function table(header: readonly string[], lines: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)))
  const fmt = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n')
}

/**
 * How much faster than the scan an engine answered the same queries: the scan's p50 (p95) over
 * the engine's, over the queries both ran.
 */
export function speedOverScan(row: BenchRow, scan: BenchRow | undefined, at: 50 | 95, keep: (r: QueryRecord) => boolean = () => true): number {
  if (!scan || row === scan) return NaN
  const scanned = new Map(scan.records.map((r) => [r.index, r.ms]))
  const mine = row.records.filter((r) => keep(r) && scanned.has(r.index))
  return percentile(mine.map((r) => scanned.get(r.index) as number), at) / percentile(mine.map((r) => r.ms), at)
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = [
    'corpus', 'docs', 'engine', 'build s', 'index MB', 'gz MB', 'load ms', 'p50 ms', 'p95 ms', 'syntax p50', 'syntax p95',
    'cpu p95', 'syntax cpu p95', '× scan p50', '× scan p95', 'recall@10', 'typo found', 'exact', 'prec@10', 'heap MB', 'queries',
  ]
  const lines = rows.map((r) => {
    const scan = rows.find((s) => s.corpus === r.corpus && s.engine === 'naive-scan')
    return [
      r.corpus,
      String(r.docs),
      r.engine,
      (r.buildMs / 1000).toFixed(2),
      mb(r.indexBytes),
      mb(r.indexBytesGz),
      ms(r.loadMs),
      ms(r.p50Ms),
      ms(r.p95Ms),
      ms(r.syntaxP50Ms),
      ms(r.syntaxP95Ms),
      ms(r.cpuP95Ms),
      ms(r.syntaxCpuP95Ms),
      times(speedOverScan(r, scan, 50)),
      times(speedOverScan(r, scan, 95)),
      share(r.recallAt10),
      share(r.typoFoundAt10, 2),
      share(r.exactness),
      share(r.precisionAt10),
      r.heapMb.toFixed(0),
      `${r.queries}${r.sampled ? ' (sample)' : ''}`,
    ]
  })
  return table(header, lines)
}

/**
 * One corpus's figures by query kind, with and without a filter (or pooled): per engine p50,
 * p95 and CPU p95, recall@10 (against the statements holding the words, or the scan's set for syntax kinds),
 * precision@10 and exactness for the syntax kinds.
 */
export function formatKindTable(rows: readonly BenchRow[], { pooled = false } = {}): string {
  const groups: Array<{ label: string; keep: (r: QueryRecord) => boolean }> = []
  for (const kind of Object.keys(QUERY_KINDS) as QueryKind[]) {
    if (pooled) groups.push({ label: kind, keep: (r) => r.kind === kind })
    else {
      groups.push({ label: kind, keep: (r) => r.kind === kind && !r.filtered })
      groups.push({ label: `${kind}+filter`, keep: (r) => r.kind === kind && r.filtered })
    }
  }
  const header = ['kind', 'queries']
  for (const row of rows) {
    header.push(`${row.engine} p50`, `${row.engine} p95`, `${row.engine} cpu p95`)
    if (row.ranks) header.push(`${row.engine} r@10`, `${row.engine} p@10`)
    if (row.records.some((r) => r.exact !== undefined)) header.push(`${row.engine} exact`)
  }
  const scan = rows.find((r) => r.engine === 'naive-scan')
  const archive = rows.find((r) => r.engine === 'archive')
  if (scan && archive) header.push('archive × scan p50')
  const lines = groups.flatMap(({ label, keep }) => {
    const count = Math.max(0, ...rows.map((row) => row.records.filter(keep).length))
    if (count === 0) return []
    const cells = [label, String(count)]
    for (const row of rows) {
      const rs = row.records.filter(keep)
      cells.push(ms(percentile(rs.map((r) => r.ms), 50)), ms(percentile(rs.map((r) => r.ms), 95)), ms(percentile(rs.map((r) => r.cpuMs), 95)))
      if (row.ranks) {
        cells.push(share(mean(rs.filter((r) => r.truth > 0).map(recallOf)), 2))
        cells.push(rs.some((r) => isSyntaxKind(r.kind)) ? share(pooledPrecision(rs), 2) : '')
      }
      if (row.records.some((r) => r.exact !== undefined)) cells.push(share(shareTrue(rs.map((r) => r.exact)), 2))
    }
    if (scan && archive) cells.push(times(speedOverScan(archive, scan, 50, keep)))
    return [cells]
  })
  return table(header, lines)
}

export async function writeResults(rows: readonly BenchRow[], file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(rows, null, 2)}\n`)
}
