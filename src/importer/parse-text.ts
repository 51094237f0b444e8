import { cleanTitle, normalizeSpaces } from './clean-text.ts'
import { findDateline } from './extract-date.ts'
import type { ParsedItem } from './raw-document.ts'
import { rejectItem } from './raw-document.ts'
import { reflowParagraphs, splitLines } from './reflow.ts'

export interface PlainTextOptions {
  /**
   * "release" (the default): a dateline, a headline, then the text. "body": the whole file is
   * the text, with no headline and no dateline (the title and date come from elsewhere).
   */
  layout?: 'release' | 'body'
  /** The date, when something other than the text gives it: the text is then never searched for one. */
  date?: string
}

/**
 * A plain-text release: a dateline, a headline, then paragraphs (the headline may also come
 * first, before the dateline). A dateline is a line that holds only a date; a date inside a
 * sentence is never one. The paragraphs are rebuilt from the lines, hard-wrapped or not
 * (reflow.ts).
 */
export function parsePlainText(text: string, { layout = 'release', date: givenDate }: PlainTextOptions = {}): ParsedItem[] {
  const raw = splitLines(text)
  if (layout === 'body') {
    const paragraphs = reflowParagraphs(raw)
    if (paragraphs.length === 0) return [rejectItem('empty: no text')]
    return [{ doc: { title: '', date: givenDate ?? '', paragraphs } }]
  }

  const lines = raw.map(normalizeSpaces)
  const filled: number[] = []
  lines.forEach((line, i) => {
    if (line) filled.push(i)
  })
  if (filled.length === 0) return [rejectItem('empty: no text')]

  const at = (n: number) => lines[filled[n] ?? -1] ?? ''
  let title: string
  let date = givenDate
  let bodyFrom: number
  const dropped = new Set<number>()
  if (givenDate !== undefined) {
    title = at(0)
    bodyFrom = (filled[0] ?? 0) + 1
  } else {
    const head = findDateline([at(0), at(1)], 2)
    if (head) {
      date = head.date
      title = head.line === 0 ? at(1) : at(0)
      bodyFrom = (filled[1] ?? raw.length) + 1
    } else {
      title = at(0)
      bodyFrom = (filled[0] ?? 0) + 1
      const next = filled.slice(1, 4)
      const lead = findDateline(next.map((i) => lines[i] ?? ''), 3)
      if (lead) {
        date = lead.date
        dropped.add(next[lead.line] ?? -1)
      }
    }
  }
  const body = raw.slice(bodyFrom).map((line, i) => (dropped.has(bodyFrom + i) ? '' : line))
  const paragraphs = reflowParagraphs(body)

  title = cleanTitle(title)
  if (!title) return [rejectItem('empty: no headline')]
  if (!date) return [rejectItem('no date: expected a dateline, a line such as "7 Apr 2016" above or below the headline')]
  if (paragraphs.length === 0) return [rejectItem('empty: no text after the headline')]
  return [{ doc: { title, date, paragraphs } }]
}
