const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/**
 * A date exactly as known: "2016-04-07" → "7 April 2016", "2016-04" → "April 2016", "2016" →
 * "2016". Read as a calendar date, so no time zone can shift the day.
 */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number | undefined, number | undefined]
  if (m === undefined) return String(y)
  if (d === undefined) return MONTH.format(new Date(Date.UTC(y, m - 1, 1)))
  return LONG.format(new Date(Date.UTC(y, m - 1, d)))
}

// One formatter for every count: toLocaleString with a locale builds a formatter per call, which
// was the largest part of a keystroke's render (every timeline bar and year button is labelled).
const COUNT = new Intl.NumberFormat('en-GB')

/** 1234 → "1,234". */
export function formatCount(count: number): string {
  return COUNT.format(count)
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}
