import { readFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { readSheet } from 'read-excel-file/node'

// A collection's metadata table (who spoke, in which post), read from CSV or XLSX, and its join
// to the files: each file's path fields are looked up by the columns the profile names. Rows
// that no file asks for, and keys that more than one row claims, are kept for the report.

export interface TableRow {
  /** The row's number in the spreadsheet, the header being row 1. */
  row: number
  values: Readonly<Record<string, string>>
}

export interface MetadataTable {
  file: string
  columns: string[]
  rows: TableRow[]
}

const cellText = (cell: unknown): string => {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  return String(cell as string | number | boolean).trim()
}

function fromGrid(file: string, grid: readonly (readonly unknown[])[]): MetadataTable {
  const [header = [], ...body] = grid
  const columns = header.map(cellText)
  const rows: TableRow[] = []
  body.forEach((cells, i) => {
    const values: Record<string, string> = {}
    let filled = false
    columns.forEach((column, c) => {
      if (!column) return
      const text = cellText(cells[c])
      values[column] = text
      filled ||= text !== ''
    })
    if (filled) rows.push({ row: i + 2, values })
  })
  return { file, columns: columns.filter(Boolean), rows }
}

/** Reads a .csv (UTF-8, a header row) or an .xlsx sheet (the first, or the one named). */
export async function readMetadataTable(file: string, sheet?: string | number): Promise<MetadataTable> {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.xlsx') {
    const grid = sheet === undefined ? await readSheet(file) : await readSheet(file, sheet)
    return fromGrid(file, grid)
  }
  if (ext === '.csv' || ext === '.tsv') {
    let text = readFileSync(file, 'utf8')
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', ...(ext === '.tsv' ? { delimiter: '\t' } : {}) })
    const fatal = parsed.errors.find((e) => e.type === 'Quotes')
    if (fatal) throw new Error(`${fatal.message} in row ${(fatal.row ?? 0) + 1}`)
    return fromGrid(file, parsed.data)
  }
  throw new Error(`cannot read "${ext}" tables: use .csv or .xlsx`)
}

export interface JoinKey {
  /** The path field… */
  field: string
  /** …and the column that must hold the same value. */
  column: string
  /** The table's spellings of values the files spell differently: { CZK: "CSK" }. */
  values: Readonly<Record<string, string>>
}

// Keys compare trimmed; numbers compare as numbers, so a path's "01" meets a cell's 1.
const keyPart = (value: string) => {
  const text = value.trim()
  return /^\d+$/.test(text) ? String(Number(text)) : text
}

export class TableJoin {
  private readonly byKey = new Map<string, TableRow[]>()
  private readonly used = new Set<string>()

  constructor(
    readonly table: MetadataTable,
    private readonly keys: readonly JoinKey[],
  ) {
    for (const row of table.rows) {
      const key = this.keyOf((k) => {
        const cell = (row.values[k.column] ?? '').trim()
        return k.values[cell] ?? cell
      })
      const list = this.byKey.get(key)
      if (list) list.push(row)
      else this.byKey.set(key, [row])
    }
  }

  private keyOf(value: (key: JoinKey) => string): string {
    return this.keys.map((k) => keyPart(value(k))).join('\u0000')
  }

  /** How a key reads in a report: "year 2016, country EST". */
  describe(fields: Readonly<Record<string, string | undefined>>): string {
    return this.keys.map((k) => `${k.field} ${fields[k.field] ?? ''}`).join(', ')
  }

  /** How a row's key reads in a report: "Year 1947, ISO Code CZK". */
  describeRow(row: TableRow): string {
    return this.keys.map((k) => `${k.column} ${row.values[k.column] ?? ''}`).join(', ')
  }

  /** The rows for a file's path fields (none, one, or several that claim the same key). */
  lookup(fields: Readonly<Record<string, string | undefined>>): TableRow[] {
    const key = this.keyOf((k) => fields[k.field] ?? '')
    this.used.add(key)
    return this.byKey.get(key) ?? []
  }

  /** Rows that no file of the run asked for. */
  unmatched(): TableRow[] {
    const out: TableRow[] = []
    for (const [key, rows] of this.byKey) if (!this.used.has(key)) out.push(...rows)
    return out.sort((a, b) => a.row - b.row)
  }

  /** Keys held by more than one row. */
  duplicates(): TableRow[][] {
    return [...this.byKey.values()].filter((rows) => rows.length > 1).sort((a, b) => (a[0]?.row ?? 0) - (b[0]?.row ?? 0))
  }
}
