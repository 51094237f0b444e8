import { Link } from '@tanstack/react-router'

/** Every mention of a speaker leads to their page. */
export function SpeakerLink({ id, name, className }: { id: string; name: string; className?: string }) {
  return (
    <Link to="/speakers/$id" params={{ id }} className={className}>
      {name}
    </Link>
  )
}
