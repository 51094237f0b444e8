import { useId, useRef, useState, type FormEvent } from 'react'
import { MAX_TREND_SERIES, splitSeries } from '../../search/search-params.ts'
import { SeriesSwatch } from './series-style.tsx'

interface Props {
  series: readonly string[]
  /** Each change is a navigation: the series live in the address. */
  onChange: (series: string[]) => void
}

/** The trend's terms as chips that remove themselves, and a box to add one. */
export function SeriesEditor({ series, onChange }: Props) {
  const [draft, setDraft] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const hintId = useId()
  const full = series.length >= MAX_TREND_SERIES

  const add = (e: FormEvent) => {
    e.preventDefault()
    const added = splitSeries(draft).filter((s) => !series.includes(s))
    if (added.length === 0) return
    onChange([...series, ...added].slice(0, MAX_TREND_SERIES))
    setDraft('')
  }

  return (
    <form className="series-editor" role="search" aria-label="Terms" onSubmit={add}>
      {series.length ? (
        <ul className="series-editor__list" aria-label="Terms compared">
          {series.map((s, k) => (
            <li key={s}>
              <span className="chip chip--removable series-editor__chip">
                <SeriesSwatch k={k} />
                {s}
                <button
                  type="button"
                  className="series-editor__remove"
                  aria-label={`Remove ${s}`}
                  onClick={() => {
                    onChange(series.filter((other) => other !== s))
                    input.current?.focus()
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="series-editor__add">
        <label htmlFor={inputId}>Add a term</label>
        <input
          ref={input}
          id={inputId}
          className="search-box__input series-editor__input"
          type="search"
          value={draft}
          readOnly={full}
          aria-describedby={hintId}
          placeholder={full ? '' : 'cyber, "nuclear weapons", sanctions OR embargo'}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button" disabled={full || !draft.trim()}>
          Add
        </button>
      </div>
      <p id={hintId} className="series-editor__hint">
        {full
          ? `A trend compares at most ${MAX_TREND_SERIES} terms: remove one to add another.`
          : 'Each term is a search, in the search box’s syntax: quote a phrase; separate several terms with commas.'}
      </p>
    </form>
  )
}
