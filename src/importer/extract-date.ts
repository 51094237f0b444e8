import { isRealDate } from '../corpus/partial-date.ts'

// Dates arrive as metadata values (2016-04-07, 2021-01-15 16:17:00-05:00, a YAML timestamp)
// or as datelines in the text (7 Apr 2016, April 7, 2016, Thursday, 7 April 2016, 07.04.2016).

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'

const ISO = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, 'i')
const MONTH_DAY_YEAR = new RegExp(`(?<![a-z])${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i')
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/
const SLASHED_ISO = /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/

function iso(year: number, month: number, day: number): string | undefined {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isRealDate(value) ? value : undefined
}

const monthNumber = (name: string) => MONTHS[name.toLowerCase().slice(0, 3)]

interface Found {
  date: string
  index: number
  length: number
}

/** The first date written anywhere in `text`, with where it was found. */
function findDate(text: string): Found | undefined {
  const candidates: Found[] = []
  const push = (m: RegExpExecArray | null, date: string | undefined) => {
    if (m && date) candidates.push({ date, index: m.index, length: m[0].length })
  }
  let m = ISO.exec(text)
  push(m, m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined)
  m = SLASHED_ISO.exec(text)
  push(m, m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined)
  m = DAY_MONTH_YEAR.exec(text)
  push(m, m ? iso(Number(m[3]), monthNumber(m[2] ?? '') ?? 0, Number(m[1])) : undefined)
  m = MONTH_DAY_YEAR.exec(text)
  push(m, m ? iso(Number(m[3]), monthNumber(m[1] ?? '') ?? 0, Number(m[2])) : undefined)
  // Day first: the European order, as written by the ministries that publish 07.04.2016.
  m = DOTTED.exec(text)
  push(m, m ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : undefined)
  candidates.sort((a, b) => a.index - b.index)
  return candidates[0]
}

/** A metadata value that should be a date: a string, a YAML/JSON timestamp or a Date. */
export function parseDateValue(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text.length === 0 || text.length > 60) return undefined
  const found = findDate(text)
  // A metadata date is the whole value (plus a time); a date buried in prose is not metadata.
  return found && found.index <= 12 ? found.date : undefined
}

const WEEKDAY = '(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY'
// What a dateline may hold besides its date: a weekday, and a place set off by a comma or a dash
// ("BRUSSELS, 7 April 2016", "Tallinn – 7 April 2016", "Thursday, 7 April 2016"). Nothing else:
// "On 21 September 1981" is the start of a sentence, not a dateline.
const PLACE = "[\\p{Lu}][\\p{L}.'’-]*(?:,? [\\p{Lu}][\\p{L}.'’-]*){0,3}"
const BEFORE_DATE = new RegExp(`^(?:${PLACE}\\s*[,–—-]\\s*)?(?:(?:${WEEKDAY}),?\\s*)?$`, 'u')
const AFTER_DATE = /^[\s.,;:–—-]*$/

/**
 * A dateline: a line that holds only a date ("7 Apr 2016"), perhaps with a weekday or a place
 * before it. With `leadIn`, also a lead-in that opens with one ("BRUSSELS, April 7, 2016 – …"),
 * as Markdown releases write them. Only the first few lines count: later dates are content.
 */
export function findDateline(
  lines: readonly string[],
  maxLines = 3,
  { leadIn = false }: { leadIn?: boolean } = {},
): { date: string; line: number; whole: boolean } | undefined {
  const limit = Math.min(lines.length, maxLines)
  for (let i = 0; i < limit; i++) {
    const line = (lines[i] ?? '').trim()
    const found = findDate(line.slice(0, 120))
    if (!found) continue
    const before = line.slice(0, found.index).trim()
    const after = line.slice(found.index + found.length)
    const whole = AFTER_DATE.test(after) && (before === '' || BEFORE_DATE.test(before))
    const isLeadIn = leadIn && found.index <= 60 && /^\s*[,.]?\s*[–—-]/.test(after)
    if (whole || isLeadIn) return { date: found.date, line: i, whole }
  }
  return undefined
}
