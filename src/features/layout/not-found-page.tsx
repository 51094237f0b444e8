import { Link } from '@tanstack/react-router'

export function NotFoundPage() {
  return (
    <div className="page page--narrow">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the link may be out of date.</p>
      <p>
        <Link to="/">Search the archive</Link>
      </p>
    </div>
  )
}
