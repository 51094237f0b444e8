import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react'

// A disclosure rather than the native Popover API: jsdom, where the component tests run, has
// no popover, and a disclosure behaves the same in both. The panel floats over the page, so
// opening it moves nothing below.

const TIPS: { syntax: ReactNode; finds: string }[] = [
  { syntax: <code>"collective defence"</code>, finds: 'the words together, in this order' },
  { syntax: <><code>-ransomware</code> <code>-"a phrase"</code></>, finds: 'statements without it' },
  { syntax: <code>sanctions OR embargo</code>, finds: 'either word' },
  { syntax: <code>cyber*</code>, finds: 'any word that begins with it' },
  { syntax: <><code>title:summit</code> <code>title:"a phrase"</code></>, finds: 'it in the title only' },
  { syntax: <code>kaljurnd</code>, finds: 'the word, allowing typos: none up to 4 letters, one from 5, two from 9 (kaljurnd finds Kaljurand)' },
]

// Memoised: it sits in the search box, which renders on every keystroke, and has no props.
export const QueryHelp = memo(function QueryHelp() {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const titleId = useId()
  const wrapper = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  // Like a popover: a click anywhere else puts the tips away, and so does Esc wherever the focus
  // is, which then goes back to the button. Esc is caught before the page's own keys see it, so
  // that it closes the tips without also clearing the search box.
  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown, true)
    }
  }, [open])

  return (
    <div
      ref={wrapper}
      className="query-help"
      onBlur={(event) => {
        // Tabbing on past the tips closes them; a click on nothing focusable is the pointer's.
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <button
        ref={button}
        type="button"
        className="button query-help__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        Search tips
      </button>
      {/* Focusable, so that a click inside keeps the focus (and the tips) here. */}
      <div id={panelId} className="query-help__panel" hidden={!open} tabIndex={-1}>
        <table className="query-help__table" aria-labelledby={titleId}>
          <caption id={titleId} className="query-help__title">
            Search tips
          </caption>
          <thead>
            <tr>
              <th scope="col">You type</th>
              <th scope="col">Finds</th>
            </tr>
          </thead>
          <tbody>
            {TIPS.map((tip, i) => (
              <tr key={i}>
                <td>{tip.syntax}</td>
                <td>{tip.finds}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="query-help__note">Combine them: <code>"cyber defence" nato -russia</code>. Press Esc to close.</p>
      </div>
    </div>
  )
})
