import { useRouter } from '@tanstack/react-router'
import type { MouseEvent, ReactNode } from 'react'

/**
 * Every mention of a speaker leads to their page. A plain anchor that the router takes over on
 * an ordinary click: result lists show dozens of these, and a router <Link> per mention costs a
 * location build on every render.
 */
export function SpeakerLink({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  const router = useRouter()
  const href = router.buildLocation({ to: '/speakers/$id', params: { id } }).href
  return (
    <a
      href={href}
      className={className}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
        e.preventDefault()
        void router.navigate({ to: '/speakers/$id', params: { id } })
      }}
    >
      {children}
    </a>
  )
}
