// A statement's date as recorded: a day (2016-04-07), a month (2016-04) or only a year (2016),
// ISO 8601 / EDTF level 0. A date known to the year stays a year: nothing here invents a month
// or a day. Sorting and filtering treat a partial date as its interval: "2016" is 2016-01-01 to
// 2016-12-31. No imports, so that the page, the worker and the Node scripts share it.

export type DatePrecision = 'year' | 'month' | 'day'

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** "2016", "2016-04" or "2016-04-07", naming a month and a day that exist. */
export function isPartialDate(value: string): boolean {
  const m = SHAPE.exec(value)
  if (!m) return false
  const year = Number(m[1])
  if (m[2] === undefined) return true
  const month = Number(m[2])
  if (month < 1 || month > 12) return false
  if (m[3] === undefined) return true
  const day = Number(m[3])
  return day >= 1 && day <= daysIn(year, month)
}

/** A full calendar date that really exists: 2016-02-30 is rejected, not rolled over. */
export function isRealDate(value: string): boolean {
  return value.length === 10 && isPartialDate(value)
}

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day'
}

/** The first day of the date's interval: what a partial date sorts by. */
export function dateStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date
}

/** The last day of the date's interval. */
export function dateEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`
  if (date.length === 7) return `${date}-${String(daysIn(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`
  return date
}

const DIGIT_0 = 48

/**
 * A date as months since year 0 (year × 12 + month − 1), read from its character codes: it runs
 * per statement while someone types, so it makes no strings. A date known only to the year is
 * −1 − year: negative, so nothing places it in a month it may not belong to.
 */
export function monthCount(date: string): number {
  const year =
    (date.charCodeAt(0) - DIGIT_0) * 1000 + (date.charCodeAt(1) - DIGIT_0) * 100 + (date.charCodeAt(2) - DIGIT_0) * 10 + (date.charCodeAt(3) - DIGIT_0)
  if (date.length < 7) return -1 - year
  return year * 12 + (date.charCodeAt(5) - DIGIT_0) * 10 + (date.charCodeAt(6) - DIGIT_0) - 1
}
