import { Link } from '@tanstack/react-router'
import type { Catalog } from '../../search/catalog.ts'

interface Props {
  topics: readonly string[]
  catalog: Pick<Catalog, 'label'>
  className: string
  label?: string
}

/** A statement's topics as tags, each a link to the search filtered by it. */
export function TopicTags({ topics, catalog, className, label }: Props) {
  return (
    <ul className={className} aria-label={label}>
      {topics.map((t) => (
        <li key={t}>
          <Link to="/" search={{ topic: [t] }} className="tag">
            {catalog.label('topic', t)}
          </Link>
        </li>
      ))}
    </ul>
  )
}
