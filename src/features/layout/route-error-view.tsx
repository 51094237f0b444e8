import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { FetchError } from '../../lib/http.ts'

/** Every route falls back to this: a message and a way out, never a blank page. */
export function RouteErrorView({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorReset = useQueryErrorResetBoundary()
  const isLoadError = error instanceof FetchError
  return (
    <div className="page page--narrow" role="alert">
      <h1>{isLoadError ? 'The archive could not be loaded' : 'Something went wrong'}</h1>
      <p>{isLoadError ? error.message : 'This page hit an unexpected error. Nothing you saved is affected.'}</p>
      <p className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            queryErrorReset.reset()
            reset()
            void router.invalidate()
          }}
        >
          Retry
        </button>
        <Link to="/" className="button">
          Go to search
        </Link>
      </p>
      {!isLoadError && error instanceof Error ? (
        <details>
          <summary>Technical details</summary>
          <pre className="error-details">{error.message}</pre>
        </details>
      ) : null}
    </div>
  )
}
