import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import type { Statement } from '../../corpus/schema.ts'
import { copyText } from '../../lib/copy-text.ts'
import { formattedCitation } from '../../research/citation-formats.ts'
import { useCitationInput } from './use-citation-input.ts'
import './citation.css'

/** Copies a citation that pins one paragraph (#pN), and marks that paragraph in the address. */
export function CopyParagraphCitation({ statement, paragraph }: { statement: Statement; paragraph: number }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const navigate = useNavigate()
  const input = useCitationInput(statement, paragraph)
  return (
    <span className="paragraph-cite">
      <button
        type="button"
        className="paragraph-cite__button"
        aria-label={`Cite paragraph ${paragraph}: copy its citation`}
        onClick={async () => {
          const ok = await copyText(formattedCitation(input))
          // The address pins the paragraph too, without a new history entry or a jump.
          void navigate({
            to: '.',
            search: (prev) => prev,
            hash: `p${paragraph}`,
            replace: true,
            resetScroll: false,
            hashScrollIntoView: false,
          })
          setState(ok ? 'copied' : 'failed')
        }}
      >
        Cite
      </button>
      <span role="status" className="paragraph-cite__status">
        {state === 'copied' ? 'Citation copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </span>
  )
}
