import { useRouter } from '@tanstack/react-router'
import type { MouseEvent, ReactNode } from 'react'

/**
 * Every mention of a speaker leads to their page: a plain anchor that the router takes over on
 * an ordinary click, leaving modified and middle clicks to the browser. It does not save location
 * builds: it builds one on every render, while a router <Link> keeps its built location until the
 * location or its own options change. What it leaves out, per mention in lists of dozens, is the
 * rest of a Link: a subscription to the router's location with an active-state match on every
 * navigation, and the preload and ref handling, none of which a mention uses.
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
