import { useEffect, useState } from 'react'

/**
 * False for a component's first render, true once the browser has painted it: work that can
 * wait (fetching what is below the fold) starts then, instead of in the commit that the first
 * paint waits for. A frame, then a task: the task runs after that frame is painted. Where no
 * frames run (a test DOM), the task alone.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const later = () => (timer = setTimeout(() => setPainted(true)))
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(later) : (later(), undefined)
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [painted])
  return painted
}
