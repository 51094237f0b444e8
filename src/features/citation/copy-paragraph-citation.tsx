import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import type { Statement } from '../../corpus/schema.ts'
import { copyText } from '../../lib/copy-text.ts'
import { warmCitations } from './citation-client.ts'
import { citationsQueryOptions } from './citation-query.ts'
import { useCitationInput } from './use-citation-input.ts'
import './citation.css'

/**
 * Puts text that is still being made on the clipboard. Safari lets a page write to the
 * clipboard only during the click, so the text goes in as a promise (ClipboardItem) where the
 * browser takes one; elsewhere it is written once made.
 */
async function copyWhenMade(text: Promise<string>): Promise<boolean> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })])
      return true
    } catch {
      // A browser without promises in ClipboardItem: write the text itself below.
    }
  }
  return copyText(await text)
}

/**
 * Copies a citation that pins one paragraph: the Chicago author-date reference, its link
 * ending in #pN, and the in-text citation with the paragraph as its locator. It marks that
 * paragraph in the address too, which the Cite panel then cites.
 */
export function CopyParagraphCitation({ statement, paragraph }: { statement: Statement; paragraph: number }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const input = useCitationInput(statement, paragraph)
  return (
    <span className="paragraph-cite">
      <button
        type="button"
        className="paragraph-cite__button"
        aria-label={`Cite paragraph ${paragraph}: copy its citation`}
        onPointerEnter={() => warmCitations()}
        onFocus={() => warmCitations()}
        onClick={async () => {
          const text = queryClient.fetchQuery(citationsQueryOptions(input)).then(({ formatted: [chicago] }) => `${chicago?.reference}\n${chicago?.inText}`)
          const ok = await copyWhenMade(text).catch(() => false)
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
        {state === 'copied' ? 'Citation copied (Chicago author-date)' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </span>
  )
}
