import { useEffect, useEffectEvent } from 'react'

// Keys for working through results without a mouse: "/" to the search box, arrows through the
// result titles (Enter then opens one, as on any link), Esc to clear the box.

const BOX = 'form[role="search"] input[type="search"]'
const RESULT_LINKS = '.result-list .result__title a'

function isTyping(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)
}

export function useSearchKeyboard({ onClear }: { onClear: () => void }) {
  const clear = useEffectEvent(onClear)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const box = document.querySelector<HTMLInputElement>(BOX)
      const active = document.activeElement
      if (event.key === '/' && !isTyping(active)) {
        event.preventDefault()
        box?.focus()
        box?.select()
      } else if (event.key === 'Escape' && box && active === box && box.value !== '') {
        event.preventDefault()
        clear()
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(RESULT_LINKS))
        const index = links.indexOf(active as HTMLAnchorElement)
        const down = event.key === 'ArrowDown'
        if (active === box && down && links[0]) {
          event.preventDefault()
          links[0].focus()
        } else if (index >= 0) {
          event.preventDefault()
          const next = down ? links[index + 1] : index === 0 ? box : links[index - 1]
          next?.focus()
        }
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
