import { cleanTitle, normalizeSpaces } from './clean-text.ts'
import { findDateline } from './extract-date.ts'
import { rejectItem, type ParsedItem } from './raw-document.ts'

/**
 * A plain-text release: a dateline, a headline, then paragraphs, one per line (the headline may
 * also come first, before the dateline). Blank lines are optional: a line break ends a paragraph.
 */
export function parsePlainText(text: string): ParsedItem[] {
  const lines = text
    .split(/\r\n?|\n/)
    .map(normalizeSpaces)
    .filter((line) => line.length > 0)
  if (lines.length === 0) return [rejectItem('empty: no text')]

  const head = findDateline(lines, 2)
  let title: string
  let paragraphs: string[]
  let date = head?.whole ? head.date : undefined
  if (head?.whole && head.line === 0) {
    title = lines[1] ?? ''
    paragraphs = lines.slice(2)
  } else if (head?.whole && head.line === 1) {
    title = lines[0] ?? ''
    paragraphs = lines.slice(2)
  } else {
    title = lines[0] ?? ''
    paragraphs = lines.slice(1)
    const lead = findDateline(paragraphs, 3)
    date = lead?.date
    // A line that is only a date is the dateline, not a paragraph of the statement.
    if (lead?.whole) paragraphs.splice(lead.line, 1)
  }

  title = cleanTitle(title)
  if (!title) return [rejectItem('empty: no headline')]
  if (!date) return [rejectItem('no date: expected a dateline such as "7 Apr 2016" above or below the headline')]
  if (paragraphs.length === 0) return [rejectItem('empty: no text after the headline')]
  return [{ doc: { title, date, paragraphs } }]
}
