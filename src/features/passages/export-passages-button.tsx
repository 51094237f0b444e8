import { useState } from 'react'
import { archiveUrl } from '../../lib/archive-url.ts'
import { today } from '../../lib/today.ts'
import type { PassageOrder, SearchQuery } from '../../search/search-types.ts'
import { downloadFile } from '../export/download-file.ts'
import { useArchive } from '../search/use-search-state.ts'

interface Props {
  query: SearchQuery
  order: PassageOrder
  /** The words searched for, for the file's name. */
  q: string
}

/**
 * Every passage of the search as CSV, in the order on screen, not only the lines loaded so far.
 * The export code (and papaparse with it) is fetched on the first click.
 */
export function ExportPassagesButton({ query, order, q }: Props) {
  const archive = useArchive()
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  const run = async () => {
    setState('busy')
    try {
      const [page, rows] = await Promise.all([
        archive.search.passages({ query, order, offset: 0, limit: Infinity }),
        import('../../research/passage-rows.ts'),
      ])
      await archive.catalog.ensure(page.passages.map((p) => p.doc))
      const csv = await rows.passagesToCsv(page.passages.map((p) => rows.passageRow(p, archive.catalog, (id) => archiveUrl(`statements/${id}`))))
      downloadFile(rows.passagesFileName(q, today()), csv, 'text/csv;charset=utf-8')
      setState('idle')
    } catch {
      setState('failed')
    }
  }
  return (
    <>
      <button type="button" className="button" disabled={state === 'busy'} onClick={() => void run()}>
        Export passages
      </button>
      {state === 'failed' ? (
        <span className="copy-status" role="status">
          The export failed; try again.
        </span>
      ) : null}
    </>
  )
}
