// Text normalisation shared by every input format. Published titles and bodies carry
// typesetting artefacts (non-breaking spaces, word joiners, Markdown escapes) that must not
// reach ids, search or the reader.

// Zero-width space/non-joiner/joiner, word joiner, BOM and soft hyphen: invisible, never content.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
// Every other kind of space becomes a plain one so word boundaries and slugs behave.
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g

// Anything the three rewrites below would change; most lines of most texts hold none of it.
const NEEDS_NORMALIZING = /[\u200B-\u200D\u2060\uFEFF\u00AD\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}/

/** Removes invisible characters and collapses every run of spaces to one. */
export function normalizeSpaces(value: string): string {
  if (!NEEDS_NORMALIZING.test(value)) return value.trim()
  return value.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
}

export function decodeEntities(value: string): string {
  return value.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole
  })
}

// Escaped punctuation is parked in the private use area while emphasis is stripped, so a literal
// "\*" survives as "*" instead of being read as a delimiter.
const PARK_BASE = 0xe000
const PARKED = /[\uE000-\uE07F]/g
const park = (ch: string) => String.fromCharCode(PARK_BASE + ch.charCodeAt(0))
const unpark = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - PARK_BASE)

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g
const LINK = /!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g
const AUTOLINK = /<((?:https?|mailto):[^<>\s]+)>/g
const CODE_SPAN = /(`+)(.+?)\1/g
const STAR_EMPHASIS = /(\*{1,3})(?=\S)(.+?)(?<=\S)\1/g
const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}_])(_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}_])/gu

/** Turns one block of inline Markdown into plain text, keeping every word of content. */
export function stripInlineMarkdown(value: string): string {
  // Most paragraphs are plain prose: each rewrite runs only if its marker character is present.
  let text = value
  const escaped = text.includes('\\')
  if (escaped) {
    text = text
      .replace(PARKED, '')
      .replace(/\\([\s\u00A0])/g, ' ')
      .replace(/\\([!-/:-@[-`{-~])/g, (_m, ch: string) => park(ch))
  }
  if (text.includes('<')) text = text.replace(AUTOLINK, '$1').replace(HTML_TAG, '')
  if (text.includes('](')) text = text.replace(LINK, '$1')
  if (text.includes('][')) text = text.replace(REFERENCE_LINK, '$1')
  if (text.includes('`')) text = text.replace(CODE_SPAN, '$2')
  if (text.includes('*') || text.includes('_')) {
    // Nested emphasis (***a**b*) needs more than one pass; three is the deepest Markdown allows.
    for (let pass = 0; pass < 3; pass++) {
      const next = text.replace(STAR_EMPHASIS, '$2').replace(UNDERSCORE_EMPHASIS, '$2')
      if (next === text) break
      text = next
    }
    // Unbalanced bold markers left after a hard line break are formatting, not content.
    text = text.replace(/\*{2,}/g, '')
  }
  if (text.includes('&')) text = decodeEntities(text)
  return normalizeSpaces(escaped ? text.replace(PARKED, unpark) : text)
}

/** A title as a reader should see it: one line, no escapes, no emphasis, no odd spaces. */
export function cleanTitle(value: string): string {
  return stripInlineMarkdown(value.replace(/[\r\n]+/g, ' '))
}
