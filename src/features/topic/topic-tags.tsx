import { Link } from '@tanstack/react-router'
import type { SearchEngine } from '../../search/search-engine.ts'

/** A statement's topics as tags, each a link to the search filtered by it. */
interface Props {
  topics: readonly string[]
  engine: SearchEngine
  className: string
  label?: string
}

export function TopicTags({ topics, engine, className, label }: Props) {
  return (
    <ul className={className} aria-label={label}>
      {topics.map((t) => (
        <li key={t}>
          <Link to="/" search={{ topic: [t] }} className="tag">
            {engine.topicLabel(t) ?? t}
          </Link>
        </li>
      ))}
    </ul>
  )
}
