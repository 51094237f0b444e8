import { TYPE_LABELS } from '../../corpus/statement-types.ts'
import type { SearchEngine } from '../../search/search-engine.ts'
import { hasFilters, type SearchParams } from '../../search/search-params.ts'
import { formatDate } from '../../lib/format-date.ts'
import type { SearchUpdate } from './search-page.tsx'

interface Chip {
  key: string
  label: string
  remove: (prev: SearchParams) => SearchParams
}

function without<T>(list: readonly T[] | undefined, value: T): T[] {
  return (list ?? []).filter((v) => v !== value)
}

export function ActiveFilters({ search, engine, update }: { search: SearchParams; engine: SearchEngine; update: SearchUpdate }) {
  if (!hasFilters(search)) return null
  const chips: Chip[] = [
    ...(search.speaker ?? []).map((id) => ({
      key: `speaker:${id}`,
      label: `Speaker: ${engine.speakerName(id) ?? id}`,
      remove: (prev: SearchParams) => ({ ...prev, speaker: without(prev.speaker, id) }),
    })),
    ...(search.topic ?? []).map((id) => ({
      key: `topic:${id}`,
      label: `Topic: ${engine.topicLabel(id) ?? id}`,
      remove: (prev: SearchParams) => ({ ...prev, topic: without(prev.topic, id) }),
    })),
    ...(search.type ?? []).map((id) => ({
      key: `type:${id}`,
      label: `Type: ${TYPE_LABELS[id]}`,
      remove: (prev: SearchParams) => ({ ...prev, type: without(prev.type, id) }),
    })),
  ]
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
      <button type="button" className="link-button" onClick={() => update((prev) => ({ q: prev.q, sort: prev.sort }))}>
        Clear all filters
      </button>
    </div>
  )
}
