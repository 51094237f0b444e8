import { useRouterState } from '@tanstack/react-router'
import { useState } from 'react'

/** Says which URL parameters were dropped as unusable (see load-corpus-with-clean-search). */
export function IgnoredParamsNotice() {
  const ignored = useRouterState({ select: (s) => s.location.state.ignoredParams })
  const [dismissed, setDismissed] = useState<unknown>(null)
  if (!ignored?.length || dismissed === ignored) return null
  return (
    <div className="notice notice--warning" role="alert">
      <p className="notice__title">
        {ignored.length === 1 ? 'One part of the address was ignored:' : `${ignored.length} parts of the address were ignored:`}
      </p>
      <ul>
        {ignored.slice(0, 10).map((p, i) => (
          <li key={i}>
            <code>{p.param}</code>
            {p.value ? (
              <>
                {' '}
                “<span className="notice__value">{p.value.length > 60 ? `${p.value.slice(0, 60)}…` : p.value}</span>”
              </>
            ) : null}{' '}
            {p.reason}
          </li>
        ))}
        {ignored.length > 10 ? <li>and {ignored.length - 10} more</li> : null}
      </ul>
      <button type="button" className="link-button" onClick={() => setDismissed(ignored)}>
        Dismiss
      </button>
    </div>
  )
}
