import { useQuery } from '@tanstack/react-query'
import { useRouterState } from '@tanstack/react-router'
import { useId, useState } from 'react'
import type { Statement } from '../../corpus/schema.ts'
import { copyText } from '../../lib/copy-text.ts'
import type { StatementCitations } from '../../research/citation-engine.ts'
import { downloadFile } from '../export/download-file.ts'
import { warmCitations } from './citation-client.ts'
import { citationsQueryOptions, pinnedParagraph } from './citation-query.ts'
import { useCitationInput } from './use-citation-input.ts'
import './citation.css'

const FILES = [
  { id: 'bibtex', label: 'BibTeX', ext: 'bib', type: 'application/x-bibtex' },
  { id: 'ris', label: 'RIS', ext: 'ris', type: 'application/x-research-info-systems' },
  { id: 'cslJson', label: 'CSL-JSON', ext: 'json', type: 'application/vnd.citationstyles.csl+json' },
] as const

/**
 * The "Cite" button of a statement page and the citations it reveals: Chicago, APA and MLA,
 * and BibTeX, RIS and CSL-JSON to copy or download. When the address pins a paragraph (#p3),
 * the citations are of that paragraph.
 */
export function CitePanel({ statement }: { statement: Statement }) {
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const panelId = useId()
  const hash = useRouterState({ select: (s) => s.location.hash })
  const paragraph = pinnedParagraph(hash, statement.paragraphs.length)
  const input = useCitationInput(statement, paragraph)
  const citations = useQuery({ ...citationsQueryOptions(input), enabled: open })
  const copy = async (label: string, text: string) => setStatus((await copyText(text)) ? `${label} citation copied` : 'Copy failed: select the text instead')
  return (
    <div className="cite">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={() => warmCitations()}
        onFocus={() => warmCitations()}
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
        <section id={panelId} className="cite__panel" aria-label={paragraph ? `Cite paragraph ${paragraph} of this statement` : 'Cite this statement'}>
          {citations.data ? (
            <CitationList citations={citations.data} fileName={paragraph ? `${statement.id}-p${paragraph}` : statement.id} copy={copy} />
          ) : citations.isError ? (
            <p role="alert">The citations could not be made: {String(citations.error)}</p>
          ) : (
            <p className="muted">Making the citations…</p>
          )}
          <p className="muted cite__note">
            {paragraph
              ? `These cite paragraph ${paragraph}, as the address does: the in-text citations give it as a locator and the links end in #p${paragraph}. `
              : 'A paragraph’s Cite button cites that paragraph. '}
            The access date is today’s. The styles are the Citation Style Language project’s (
            <a href="https://citationstyles.org/">citationstyles.org</a>, CC BY-SA 3.0), formatted by citation-js.
          </p>
        </section>
      ) : null}
    </div>
  )
}

function CitationList({
  citations,
  fileName,
  copy,
}: {
  citations: StatementCitations
  fileName: string
  copy: (label: string, text: string) => Promise<void>
}) {
  return (
    <>
      {citations.formatted.map((style) => (
        <div key={style.id} className="cite__format">
          <div className="cite__format-head">
            <h2 className="cite__format-title">{style.label}</h2>
            <button type="button" className="link-button" aria-label={`Copy ${style.label} citation`} onClick={() => copy(style.label, style.reference)}>
              Copy
            </button>
          </div>
          {/* Text, never markup: citeproc's output of untrusted fields goes in as a string. */}
          <p className="cite__text cite__text--formatted" aria-label={`${style.label} citation`}>
            {style.reference}
          </p>
          <p className="cite__in-text">
            <span className="muted">In the text: </span>
            <span aria-label={`${style.label} in-text citation`}>{style.inText}</span>
          </p>
        </div>
      ))}
      {FILES.map((file) => {
        const text = citations[file.id]
        return (
          <div key={file.id} className="cite__format">
            <div className="cite__format-head">
              <h2 className="cite__format-title">{file.label}</h2>
              <button type="button" className="link-button" aria-label={`Copy ${file.label} citation`} onClick={() => copy(file.label, text)}>
                Copy
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Download .${file.ext} (${file.label})`}
                onClick={() => downloadFile(`${fileName}.${file.ext}`, text, file.type)}
              >
                Download .{file.ext}
              </button>
            </div>
            <pre className={`cite__text cite__text--${file.id}`} aria-label={`${file.label} citation`} tabIndex={0}>
              {text}
            </pre>
          </div>
        )
      })}
    </>
  )
}
