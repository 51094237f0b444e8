import { Link, useParams } from '@tanstack/react-router'
import { facetByKey } from '../../search/facets.ts'
import type { ProfileKind } from './profile-page.tsx'

export function ProfileNotFound({ kind }: { kind: ProfileKind }) {
  const { id } = useParams({ strict: false })
  return (
    <div className="page page--narrow">
      <h1>{facetByKey(kind).label} not found</h1>
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
