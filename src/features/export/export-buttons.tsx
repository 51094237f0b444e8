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
import type { CitationFileFormat } from '../../research/citation-engine.ts'
import type { ExportExtension } from '../../research/export-rows.ts'
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
  const file = (rows: ExportRows, ext: ExportExtension, text: string, type: string) => downloadFile(rows.exportFileName(query, today(), ext), text, type)
  const url = (id: string) => archiveUrl(`statements/${id}`)
  // BibTeX, RIS and CSL-JSON come from the Cite panel's citation-js worker, fetched on first use.
  const cite = (format: CitationFileFormat, ext: ExportExtension, type: string) => async (statements: Statement[], rows: ExportRows) => {
    const { citationFile } = await import('../citation/citation-client.ts')
    file(rows, ext, await citationFile(rows.citationInputs(statements, url, archive.catalog, today()), format), type)
  }
  const formats: Array<[string, (statements: Statement[], rows: ExportRows) => void | Promise<void>]> = [
    ['CSV', async (statements, rows) => file(rows, 'csv', await rows.toCsv(statements.map((s) => rows.exportRow(s, url, archive.catalog))), 'text/csv;charset=utf-8')],
    ['JSON', (statements, rows) => file(rows, 'json', rows.toJson(statements, archiveUrl(stringifySearch(search as Record<string, unknown>)), new Date().toISOString()), 'application/json')],
    ['BibTeX', cite('bibtex', 'bib', 'application/x-bibtex')],
    ['RIS', cite('ris', 'ris', 'application/x-research-info-systems')],
    ['CSL-JSON', cite('csl-json', 'csl.json', 'application/vnd.citationstyles.csl+json')],
  ]
  return (
    <span className="export-buttons">
      {formats.map(([label, make]) => (
        <button key={label} type="button" className="button" aria-label={`Export ${label} (${plural(results.total, 'result')})`} disabled={busy} onClick={() => run(make)}>
          Export {label}
        </button>
      ))}
    </span>
  )
}
