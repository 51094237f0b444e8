import { useId, useState } from 'react'
import type { Statement } from '../../corpus/schema.ts'
import { copyText } from '../../lib/copy-text.ts'
import { bibtexCitation, formattedCitation, risCitation } from '../../research/citation-formats.ts'
import { downloadFile } from '../export/download-file.ts'
import { useCitationInput } from './use-citation-input.ts'
import './citation.css'

const FORMATS = [
  { id: 'formatted', label: 'Formatted', make: formattedCitation, file: undefined },
  { id: 'bibtex', label: 'BibTeX', make: bibtexCitation, file: { ext: 'bib', type: 'application/x-bibtex' } },
  { id: 'ris', label: 'RIS', make: risCitation, file: { ext: 'ris', type: 'application/x-research-info-systems' } },
] as const

/** The "Cite" button of a statement page and the citations it reveals. */
export function CitePanel({ statement }: { statement: Statement }) {
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const panelId = useId()
  const input = useCitationInput(statement)
  return (
    <div className="cite">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open)
          setStatus('')
        }}
      >
        Cite
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
      {open ? (
        <section id={panelId} className="cite__panel" aria-label="Cite this statement">
          {FORMATS.map((format) => {
            const text = format.make(input)
            return (
              <div key={format.id} className="cite__format">
                <div className="cite__format-head">
                  <h2 className="cite__format-title">{format.label}</h2>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Copy ${format.label} citation`}
                    onClick={async () => setStatus((await copyText(text)) ? `${format.label} citation copied` : 'Copy failed: select the text instead')}
                  >
                    Copy
                  </button>
                  {format.file ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Download .${format.file.ext} (${format.label})`}
                      onClick={() => downloadFile(`${statement.id}.${format.file.ext}`, text, format.file.type)}
                    >
                      Download .{format.file.ext}
                    </button>
                  ) : null}
                </div>
                <pre className={`cite__text cite__text--${format.id}`} aria-label={`${format.label} citation`} tabIndex={0}>
                  {text}
                </pre>
              </div>
            )
          })}
          <p className="muted cite__note">The access date is today’s. Paragraph links (¶) cite one paragraph.</p>
        </section>
      ) : null}
    </div>
  )
}
