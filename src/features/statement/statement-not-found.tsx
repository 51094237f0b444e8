import { Link, useParams } from '@tanstack/react-router'

export function StatementNotFound() {
  const { id } = useParams({ strict: false })
  return (
    <div className="page page--narrow">
      <h1>Statement not found</h1>
      <p>
        The archive has no statement with the id <code>{id}</code>. The link may be mistyped, or the statement may have
        been renamed.
      </p>
      <p>
        <Link to="/" search={id ? { q: id.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/-/g, ' ').slice(0, 80) } : {}}>
          Search the archive for it
        </Link>
      </p>
    </div>
  )
}
