import { formatDate } from '../../lib/format-date.ts'
import { FACETS } from '../../search/facets.ts'
import { hasFilters, withoutFilters, type SearchParams } from '../../search/search-params.ts'
import { useArchive, useSearchControls, useSearchUpdate } from './use-search-state.ts'

interface Chip {
  key: string
  label: string
  remove: (prev: SearchParams) => SearchParams
}

function without<T>(list: readonly T[] | undefined, value: T): T[] {
  return (list ?? []).filter((v) => v !== value)
}

/** Each filter set, as a chip that removes it: every facet of the table, then the dates. */
export function ActiveFilters() {
  const search = useSearchControls()
  const update = useSearchUpdate()
  const { catalog } = useArchive()
  if (!hasFilters(search)) return null
  const chips: Chip[] = FACETS.flatMap((facet) =>
    (search[facet.key] ?? []).map((id) => ({
      key: `${facet.key}:${id}`,
      label: `${facet.label}: ${catalog.label(facet.key, id)}`,
      remove: (prev: SearchParams) => ({ ...prev, [facet.key]: without(prev[facet.key], id) }),
    })),
  )
  if (search.from) {
    chips.push({ key: 'from', label: `From ${formatDate(search.from)}`, remove: (prev) => ({ ...prev, from: undefined }) })
  }
  if (search.to) {
    chips.push({ key: 'to', label: `To ${formatDate(search.to)}`, remove: (prev) => ({ ...prev, to: undefined }) })
  }
  return (
    <div className="active-filters" role="group" aria-label="Active filters">
      <ul className="active-filters__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip chip--removable"
              aria-label={`Remove filter ${chip.label}`}
              onClick={() => update(chip.remove)}
            >
              {chip.label}
              <span aria-hidden="true" className="chip__x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => update(withoutFilters)}>
        Clear all filters
      </button>
    </div>
  )
}
