import { normalizeSpaces } from './clean-text.ts'

// Paragraphs as they were spoken, from text files in either of two styles: one paragraph a line,
// or hard-wrapped at a fixed width, where a line end is usually not a paragraph end. In wrapped
// text a paragraph ends at a blank line when the file separates its paragraphs that way;
// otherwise where a sentence ends on a line that stops short of the width (or before a line
// that does, its first line having lost its indent), and always before the next numbered
// paragraph ("12. "). Nothing is dropped: every word of the input is in the output.

interface Line {
  text: string
  /** Leading spaces in the source (a tab counts as four). */
  indent: number
  /** The source line ended in a soft hyphen: the word goes on, unbroken, on the next line. */
  softHyphen: boolean
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']'])
const ENDERS = new Set(['.', '!', '?', ':', ';', '…'])

/** Whether a line ends a sentence: ".", "!", "?", ":", ";" or "…", perhaps inside quotes or brackets. */
function endsSentence(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && CLOSERS.has(text[i] ?? '')) i--
  return i >= 0 && ENDERS.has(text[i] ?? '')
}
const NUMBERED = /^(\d{1,3})[.)] /
const PARAGRAPH_START = /^[\p{Lu}\p{N}"'“‘«([¿¡]/u
const CONTINUATION = /^[\p{Ll}]/u
const HYPHENATED = /\p{L}-$/u

export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/)
}

function toLine(raw: string): Line {
  let indent = 0
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]
    if (ch === ' ' || ch === '\u00a0') indent++
    else if (ch === '\t') indent += 4
    else break
  }
  return { text: normalizeSpaces(raw), indent, softHyphen: raw.includes('\u00ad') && raw.trimEnd().endsWith('\u00ad') }
}

function join(a: string, b: string, softHyphen: boolean): string {
  if (softHyphen) return a + b
  // "self-" + "criticism": the hyphen is the word's own, so it stays and no space comes in.
  if (HYPHENATED.test(a) && CONTINUATION.test(b)) return a + b
  return `${a} ${b}`
}

function percentile(values: readonly number[], p: number): number {
  const sorted = Int32Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0
}

const firstWordLength = (text: string) => {
  const space = text.indexOf(' ')
  return space < 0 ? text.length : space
}

/** The style of a text: hard-wrapped when many lines stop mid-sentence and lines are short. */
function isHardWrapped(lines: readonly Line[]): boolean {
  const texts = lines.filter((l) => l.text)
  if (texts.length < 4) return false
  let open = 0
  for (let i = 0; i < texts.length - 1; i++) if (!endsSentence(texts[i]?.text ?? '')) open++
  return open / (texts.length - 1) >= 0.25 && percentile(texts.map((l) => l.text.length), 0.5) <= 120
}

/** Follows the numbering of paragraphs ("1. ", "2. "), so "1945. " at a line start is not one. */
class Numbering {
  private last = 0

  /** Whether the line opens the next numbered paragraph; a few skipped numbers are allowed. */
  opens(text: string): boolean {
    const m = NUMBERED.exec(text)
    if (!m) return false
    const n = Number(m[1])
    if (n <= this.last || n > this.last + 5) return false
    this.last = n
    return true
  }
}

function reflowWrapped(lines: readonly Line[]): string[] {
  const seq: Line[] = []
  const blankBefore: boolean[] = []
  let blank = false
  for (const line of lines) {
    if (!line.text) {
      blank = seq.length > 0
      continue
    }
    seq.push(line)
    blankBefore.push(blank)
    blank = false
  }
  const width = percentile(seq.map((l) => l.text.length), 0.9)
  // A line that the next word would have fitted on, with some room for the wrapping's slack.
  const short = (line: Line, next: Line) => line.text.length + 1 + firstWordLength(next.text) <= width - 6
  // Where a sentence ends and the line's shape says a paragraph ends with it.
  const looksLikeEnd = seq.map((line, i) => {
    const previous = seq[i - 1]
    if (!previous || !endsSentence(previous.text) || !PARAGRAPH_START.test(line.text)) return false
    const next = seq[i + 1]
    return (
      short(previous, line) ||
      (line.indent > 0 && line.indent > (next?.indent ?? 0)) ||
      (next !== undefined && !endsSentence(line.text) && short(line, next))
    )
  })
  // Blank lines are the paragraph ends when the file has them between blocks of several lines
  // and its line shapes do not suggest many more ends inside the blocks; otherwise they are
  // page breaks or line spacing, and a paragraph ends where the shapes say.
  let blanks = 0
  let insideEnds = 0
  let blockStart = 0
  let inLongBlocks = 0
  seq.forEach((_, i) => {
    if (blankBefore[i]) {
      blanks++
      if (i - blockStart >= 3) inLongBlocks += i - blockStart
      blockStart = i
    } else if (looksLikeEnd[i]) {
      insideEnds++
    }
  })
  if (seq.length - blockStart >= 3) inLongBlocks += seq.length - blockStart
  const blankSeparated = blanks >= 1 && inLongBlocks >= seq.length / 2 && insideEnds <= blanks

  const numbering = new Numbering()
  const paragraphs: string[] = []
  let current = ''
  let softHyphen = false
  seq.forEach((line, i) => {
    const previous = seq[i - 1]
    const afterSentence = previous === undefined || endsSentence(previous.text)
    const numbered = afterSentence && numbering.opens(line.text)
    const starts = blankSeparated ? blankBefore[i] || numbered : numbered || looksLikeEnd[i] || (blankBefore[i] && afterSentence)
    if (starts && current) {
      paragraphs.push(current)
      current = ''
    }
    current = current ? join(current, line.text, softHyphen) : line.text
    softHyphen = line.softHyphen
  })
  if (current) paragraphs.push(current)
  return paragraphs
}

function reflowLinePerParagraph(lines: readonly Line[]): string[] {
  const paragraphs: string[] = []
  let softHyphen = false
  for (const line of lines) {
    if (!line.text) continue
    const last = paragraphs[paragraphs.length - 1]
    // A line that starts in lower case after one that did not end a sentence goes on with it.
    if (last !== undefined && (softHyphen || (!endsSentence(last) && CONTINUATION.test(line.text)))) {
      paragraphs[paragraphs.length - 1] = join(last, line.text, softHyphen)
    } else {
      paragraphs.push(line.text)
    }
    softHyphen = line.softHyphen
  }
  return paragraphs
}

/** The paragraphs of lines of text, in whichever style they were written. */
export function reflowParagraphs(rawLines: readonly string[]): string[] {
  const lines = rawLines.map(toLine)
  return isHardWrapped(lines) ? reflowWrapped(lines) : reflowLinePerParagraph(lines)
}

const LETTER = /\p{L}/u
// Whether each UTF-16 unit is a letter, learnt on first sight: 0 not yet known, 1 a letter, 2 not.
const IS_LETTER = new Uint8Array(0x10000)
for (let c = 0; c < 128; c++) IS_LETTER[c] = (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 2

/** How many letters a text holds: what "nothing lost" is measured in. */
export function countLetters(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      // a character outside the first plane, counted once, by its first half
      if (c <= 0xdbff && LETTER.test(text.slice(i, i + 2))) n++
      continue
    }
    let known = IS_LETTER[c]
    if (known === 0) {
      known = LETTER.test(String.fromCharCode(c)) ? 1 : 2
      IS_LETTER[c] = known
    }
    if (known === 1) n++
  }
  return n
}

/** The share of the source's letters that the statement keeps (1 when the source has none). */
export function lettersKept(source: string, kept: readonly string[]): number {
  const total = countLetters(source)
  if (total === 0) return 1
  let n = 0
  for (const part of kept) n += countLetters(part)
  return n / total
}
