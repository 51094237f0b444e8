import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Statement } from '../../corpus/schema.ts'
import { stringifySearch, type SearchParams } from '../../search/search-params.ts'
import type { SearchResults } from '../../search/search-types.ts'
import { fetchStatements } from '../../service/archive.ts'
import { useArchive } from '../search/use-search-state.ts'
import { archiveUrl } from '../../lib/archive-url.ts'
import { plural } from '../../lib/format-date.ts'
import { today } from '../../lib/today.ts'
import { downloadFile } from './download-file.ts'

type ExportRows = typeof import('../../research/export-rows.ts')

export function ExportButtons({ results, search }: { results: SearchResults; search: SearchParams }) {
  const [busy, setBusy] = useState(false)
  const queryClient = useQueryClient()
  const archive = useArchive()
  if (results.total === 0) return null
  // Every match, in result order: not only the rows on screen, and with their full text.
  const all = () => fetchStatements(queryClient, archive, results.ids)
  // The export code is fetched on the first click: few visits export, and every visit loads
  // the first page's JavaScript.
  const run = async (make: (statements: Statement[], rows: ExportRows) => void | Promise<void>) => {
    setBusy(true)
    try {
      const [statements, rows] = await Promise.all([all(), import('../../research/export-rows.ts')])
      await make(statements, rows)
    } finally {
      setBusy(false)
    }
  }
  const query = [search.q, ...(search.speaker ?? []), ...(search.topic ?? [])].filter(Boolean).join(' ')
  return (
    <span className="export-buttons">
      <button
        type="button"
        className="button"
        aria-label={`Export CSV (${plural(results.total, 'result')})`}
        disabled={busy}
        onClick={() =>
          run(async (statements, { exportFileName, exportRow, toCsv }) => {
            const rows = statements.map((s) => exportRow(s, (id) => archiveUrl(`statements/${id}`), archive.catalog))
            downloadFile(exportFileName(query, today(), 'csv'), await toCsv(rows), 'text/csv;charset=utf-8')
          })
        }
      >
        Export CSV
      </button>
      <button
        type="button"
        className="button"
        aria-label={`Export JSON (${plural(results.total, 'result')})`}
        disabled={busy}
        onClick={() =>
          run((statements, { exportFileName, toJson }) => {
            const json = toJson(statements, archiveUrl(stringifySearch(search as Record<string, unknown>)), new Date().toISOString())
            downloadFile(exportFileName(query, today(), 'json'), json, 'application/json')
          })
        }
      >
        Export JSON
      </button>
    </span>
  )
}
