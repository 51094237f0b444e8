import { Link, useParams } from '@tanstack/react-router'

export function ProfileNotFound({ kind }: { kind: 'speaker' | 'topic' }) {
  const { id } = useParams({ strict: false })
  return (
    <div className="page page--narrow">
      <h1>{kind === 'speaker' ? 'Speaker not found' : 'Topic not found'}</h1>
      <p>
        The archive has no {kind} with the id <code>{id}</code>. The link may be mistyped, or the {kind} may have been
        renamed.
      </p>
      <p>
        <Link to="/">Search the archive</Link>
      </p>
    </div>
  )
}
