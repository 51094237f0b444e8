import { useRouterState } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'

/**
 * When the page (not just its search params) changes, move focus to the new page's heading so
 * keyboard and screen-reader users start at the top of what they opened. Typing in the search
 * box changes only search params and so never steals focus.
 */
export function useFocusOnNavigation() {
  const pathname = useRouterState({ select: (s) => s.location.pathname })
  const status = useRouterState({ select: (s) => s.status })
  const previous = useRef(pathname)
  useEffect(() => {
    if (status !== 'idle' || previous.current === pathname) return
    previous.current = pathname
    const heading = document.querySelector<HTMLElement>('main h1')
    const target = heading ?? document.getElementById('main')
    if (!target) return
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: true })
  }, [pathname, status])
}
