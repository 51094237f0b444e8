// What both minimal bench pages share: a search box, a count and ten titles, a query from ?q=
// searched on load, and every keystroke searched as it comes, an older answer dropped once a
// newer query is asked. The engine is the only difference between the two pages.

export interface MinimalEngine {
  /** Loads what every search needs; the page is ready to type into after it. */
  ready(): Promise<void>
  /** The number of matches and the first ten titles. */
  search(q: string, signal: AbortSignal): Promise<{ total: number; titles: string[] }>
}

export function runMinimalPage(engine: MinimalEngine): void {
  const box = document.querySelector('input')!
  const count = document.querySelector('.results-count')!
  const list = document.querySelector('.result-list')!
  let current: AbortController | undefined

  async function show(q: string) {
    current?.abort()
    const controller = (current = new AbortController())
    try {
      const { total, titles } = await engine.search(q, controller.signal)
      if (controller.signal.aborted) return
      list.replaceChildren(
        ...titles.map((title) => {
          const li = document.createElement('li')
          li.className = 'result'
          li.textContent = title
          return li
        }),
      )
      count.textContent = `${total} statements match “${q}”`
    } catch (error) {
      if (!controller.signal.aborted) count.textContent = `Search failed: ${String(error)}`
    }
  }

  box.addEventListener('input', () => void show(box.value))
  const q = new URLSearchParams(location.search).get('q') ?? ''
  box.value = q
  void (async () => {
    if (q) await show(q)
    await engine.ready()
    document.body.dataset.ready = 'true'
  })()
}
