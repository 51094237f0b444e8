// Publisher names for the hosts we know. A URL from elsewhere keeps its URL but gets no
// publisher: guessing an organisation from a domain name would be inventing it.
const PUBLISHERS: Array<[RegExp, string]> = [
  [/(^|\.)whitehouse\.gov$/, 'The White House'],
  [/^(biden|trump|obama)whitehouse\.archives\.gov$/, 'The White House'],
  [/(^|\.)vm\.ee$/, 'Estonian Ministry of Foreign Affairs'],
  [/(^|\.)nato\.int$/, 'NATO'],
  [/(^|\.)state\.gov$/, 'U.S. Department of State'],
  [/(^|\.)consilium\.europa\.eu$/, 'Council of the European Union'],
  [/(^|\.)ec\.europa\.eu$/, 'European Commission'],
]

/** An http(s) URL in canonical form, or undefined for anything else. */
export function cleanUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (!/^https?:\/\//i.test(text)) return undefined
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

export function publisherForUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  const host = new URL(url).hostname.toLowerCase()
  return PUBLISHERS.find(([pattern]) => pattern.test(host))?.[1]
}

/** The same page whatever its spelling: scheme, host case, trailing slash and fragment ignored. */
export function urlKey(url: string): string {
  const parsed = new URL(url)
  const path = parsed.pathname.replace(/\/+$/, '')
  return `${parsed.hostname.toLowerCase()}${path}${parsed.search}`
}
