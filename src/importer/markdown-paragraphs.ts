import { stripInlineMarkdown } from './clean-text.ts'

// Block-level Markdown to plain paragraphs. Not a full CommonMark parser: it covers what
// converted press releases contain (hard-wrapped paragraphs, headings, bullet and numbered
// lists, block quotes, hard line breaks, rules) and never drops a word of text.

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/
const BULLET = /^[ \t]{0,8}[-*+][ \t]+(.*)$/
const ORDERED = /^[ \t]{0,8}(\d{1,3}[.)])[ \t]+(.*)$/
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})$/
const QUOTE_MARKER = /^[ \t]{0,3}>[ \t]?/
// Two trailing spaces or a trailing backslash: a <br> in the original, which separates lines
// that are not one sentence (signatures, addresses, datelines).
const HARD_BREAK = /(?: {2,}|\\)$/
// Lines made only of underscores or dashes are drawn rules, even after escaping.
const DRAWN_RULE = /^[\s_\-–—=*\\]+$/

export function markdownToParagraphs(markdown: string): string[] {
  const paragraphs: string[] = []
  let current: string[] = []

  const flush = () => {
    if (current.length === 0) return
    const text = stripInlineMarkdown(current.join(' '))
    current = []
    if (text && !DRAWN_RULE.test(text)) paragraphs.push(text)
  }

  for (const rawLine of markdown.split(/\r\n?|\n/)) {
    let line = rawLine
    while (QUOTE_MARKER.test(line)) line = line.replace(QUOTE_MARKER, '')
    if (line.trim() === '') {
      flush()
      continue
    }
    if (RULE.test(line)) {
      flush()
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      flush()
      current.push(heading[2] ?? '')
      flush()
      continue
    }
    const bullet = BULLET.exec(line)
    const ordered = bullet ? null : ORDERED.exec(line)
    if (bullet) {
      flush()
      line = bullet[1] ?? ''
    } else if (ordered) {
      flush()
      // The number is kept: "3. We will…" may be referred to by its number.
      line = `${ordered[1]} ${ordered[2] ?? ''}`
    }
    const hardBreak = line.endsWith('  ') || line.endsWith('\\')
    current.push(hardBreak ? line.replace(HARD_BREAK, '') : line.trim())
    if (hardBreak) flush()
  }
  flush()
  return paragraphs
}
