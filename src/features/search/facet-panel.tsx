import { useId, useState } from 'react'
import { useMediaQuery } from '../../lib/use-media-query.ts'
import { FACETS, type FacetKey } from '../../search/facets.ts'
import { activeFilterCount } from '../../search/search-params.ts'
import type { FacetCount, SearchResults } from '../../search/search-types.ts'
import { useSearchControls, useSearchUpdate, type SearchUpdate } from './use-search-state.ts'
import { formatCount } from '../../lib/format-date.ts'

function toggle(list: readonly string[] | undefined, id: string): string[] {
  const current = list ?? []
  return current.includes(id) ? current.filter((v) => v !== id) : [...current, id]
}

/** One list of checkboxes per facet in the facet table, then the dates. */
export function FacetPanel({ results }: { results: Pick<SearchResults, 'facets' | 'years'> }) {
  const search = useSearchControls()
  const update = useSearchUpdate()
  const onToggle = (key: FacetKey, id: string) => update((prev) => ({ ...prev, [key]: toggle(prev[key], id) }))
  // On a phone the filters fold away behind one button, so the results come first.
  const narrow = useMediaQuery('(max-width: 48rem)')
  const active = activeFilterCount(search)
  const panel = (
    <>
      {FACETS.map((facet) => (
        <CheckboxFacet
          key={facet.key}
          legend={facet.label}
          items={results.facets[facet.key]}
          selected={search[facet.key] ?? []}
          onToggle={(id) => onToggle(facet.key, id)}
          searchable={facet.searchable}
        />
      ))}
      <DateFacet years={results.years} from={search.from} to={search.to} update={update} />
    </>
  )
  return (
    <aside className="facets" aria-label="Filters">
      {narrow ? (
        <details className="facets__fold">
          <summary className="button">Filters{active ? ` (${active} active)` : ''}</summary>
          {panel}
        </details>
      ) : (
        <>
          <h2 className="facets__heading">Filter</h2>
          {panel}
        </>
      )}
    </aside>
  )
}

const COLLAPSED = 8

function CheckboxFacet(props: {
  legend: string
  items: FacetCount[]
  selected: readonly string[]
  onToggle: (id: string) => void
  searchable?: boolean
}) {
  const { legend, items, selected, onToggle, searchable } = props
  const filterId = useId()
  const [filter, setFilter] = useState('')
  const [expanded, setExpanded] = useState(false)
  const needle = filter.trim().toLowerCase()
  const matching = needle ? items.filter((i) => i.label.toLowerCase().includes(needle)) : items
  // Ticked values always stay visible, so a filter can be undone from where it was set.
  const shown = expanded || needle ? matching : matching.filter((i, n) => n < COLLAPSED || selected.includes(i.id))

  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      {searchable && items.length > COLLAPSED ? (
        <>
          <label htmlFor={filterId} className="visually-hidden">
            Find a {legend.toLowerCase()}
          </label>
          <input
            id={filterId}
            className="facet__filter"
            type="search"
            placeholder={`Find a ${legend.toLowerCase()}…`}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </>
      ) : null}
      {items.length === 0 ? <p className="facet__empty">None in these results</p> : null}
      {needle && matching.length === 0 ? <p className="facet__empty">No {legend.toLowerCase()} matches “{filter}”</p> : null}
      <ul className="facet__list">
        {shown.map((item) => (
          <li key={item.id}>
            <label className="facet__option">
              <input type="checkbox" checked={selected.includes(item.id)} onChange={() => onToggle(item.id)} />
              <span className="facet__label">{item.label}</span>
              <span className="facet__count" aria-label={`${item.count} statements`}>
                {formatCount(item.count)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {!needle && matching.length > COLLAPSED ? (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${matching.length}`}
        </button>
      ) : null}
    </fieldset>
  )
}

function DateFacet(props: { years: FacetCount[]; from?: string | undefined; to?: string | undefined; update: SearchUpdate }) {
  const { years, from, to, update } = props
  const fromId = useId()
  const toId = useId()
  const setDate = (key: 'from' | 'to', value: string) => update((prev) => ({ ...prev, [key]: value || undefined }))
  return (
    <fieldset className="facet">
      <legend className="facet__legend">Date</legend>
      <div className="date-range">
        <label htmlFor={fromId}>From</label>
        <input id={fromId} type="date" value={from ?? ''} max={to} onChange={(e) => setDate('from', e.target.value)} />
        <label htmlFor={toId}>To</label>
        <input id={toId} type="date" value={to ?? ''} min={from} onChange={(e) => setDate('to', e.target.value)} />
      </div>
      {years.length ? (
        <ul className="year-shortcuts" aria-label="Years">
          {years.map((y) => {
            const active = from === `${y.id}-01-01` && to === `${y.id}-12-31`
            return (
              <li key={y.id}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={active}
                  aria-label={`${y.id}: ${y.count} statements`}
                  onClick={() =>
                    update((prev) =>
                      active
                        ? { ...prev, from: undefined, to: undefined }
                        : { ...prev, from: `${y.id}-01-01`, to: `${y.id}-12-31` },
                    )
                  }
                >
                  {y.id} <span className="chip__count">{formatCount(y.count)}</span>
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
    </fieldset>
  )
}
