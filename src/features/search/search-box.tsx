import { useEffect, useId, useRef, useState } from 'react'
import { QueryHelp } from './query-help.tsx'
import { formatCount } from '../../lib/format-date.ts'

interface Props {
  q: string
  statementCount: number
  onQueryChange: (q: string) => void
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

export function SearchBox({ q, statementCount, onQueryChange }: Props) {
  const id = useId()
  // The box keeps what was typed (trailing spaces included) while the URL keeps the tidy query.
  // Navigation settles asynchronously, so the URL can echo a value typed a few keys ago; those
  // echoes are recognised and ignored. Any other change of the URL (back, forward, a link) is
  // taken into the box: adjusted during render, as React recommends, not synced in an effect.
  const [draft, setDraft] = useState(q)
  const [seenQ, setSeenQ] = useState(q)
  const [sent, setSent] = useState<string[]>([])
  // The URL (and with it the search) follows in a task of its own: the keystroke is painted
  // first, and keys typed before that task runs are sent as one change.
  const waiting = useRef<{ timer: ReturnType<typeof setTimeout>; q: string } | null>(null)
  useEffect(() => () => clearTimeout(waiting.current?.timer), [])
  const send = (next: string) => {
    if (waiting.current) {
      waiting.current.q = next
      return
    }
    const timer = setTimeout(() => {
      const latest = waiting.current?.q ?? next
      waiting.current = null
      onQueryChange(latest)
    }, 0)
    waiting.current = { timer, q: next }
  }
  if (q !== seenQ) {
    setSeenQ(q)
    const echo = sent.indexOf(q)
    if (echo >= 0) {
      setSent(sent.slice(echo + 1))
    } else {
      setSent([])
      if (squash(draft) !== q) setDraft(q)
    }
  }

  return (
    <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={id} className="search-box__label">
        Search {formatCount(statementCount)} statements
      </label>
      <div className="search-box__row">
        <input
          id={id}
          className="search-box__input"
          type="search"
          value={draft}
          placeholder='Words, a "quoted phrase", a name — typos are forgiven'
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            const next = squash(e.target.value)
            setDraft(e.target.value)
            if (next === (sent.at(-1) ?? q)) return
            setSent((values) => [...values.slice(-50), next])
            send(next)
          }}
        />
        <QueryHelp />
      </div>
    </form>
  )
}
