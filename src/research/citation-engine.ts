import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'
import { cslItem, type CitationInput, type CslItem } from './csl-item.ts'
import apa from './csl-styles/apa.csl?raw'
import chicagoAuthorDate from './csl-styles/chicago-author-date.csl?raw'
import mla from './csl-styles/modern-language-association.csl?raw'

// Citations made by citation-js (citeproc-js inside) from the statement's CSL-JSON item. This
// module and the library come in one chunk that the page fetches on the first "Cite" or
// citation export: the search page never loads it.

/** The formatted styles, in the order the Cite panel shows them. */
export const CITATION_STYLES = [
  { id: 'chicago-author-date', label: 'Chicago (author-date)', short: 'Chicago' },
  // Not the APA that plugin-csl ships (its 2026 revision): citeproc-js takes about four times
  // as long to read it (5.3 s against 1.3 s in Node here), and the page waits for that.
  { id: 'apa-7', label: 'APA', short: 'APA' },
  { id: 'modern-language-association', label: 'MLA', short: 'MLA' },
] as const

const cslStyles = plugins.config.get('@csl').styles
for (const [id, xml] of [['chicago-author-date', chicagoAuthorDate], ['apa-7', apa], ['modern-language-association', mla]] as const) {
  if (!cslStyles.has(id)) cslStyles.add(id, xml)
}

export interface FormattedCitation {
  id: (typeof CITATION_STYLES)[number]['id']
  label: string
  short: string
  /** The reference-list entry. */
  reference: string
  /** The in-text citation; with a pinned paragraph it carries the locator ("para. 3"). */
  inText: string
}

export interface StatementCitations {
  formatted: FormattedCitation[]
  bibtex: string
  ris: string
  cslJson: string
}

export type CitationFileFormat = 'bibtex' | 'ris' | 'csl-json'

/** The same characters BibTeX reads as syntax that citation-js escapes in every other field. */
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}
function escapeBibtexName(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_ESCAPES[c] ?? `\\${c}`)
}

/**
 * citation-js writes an organisation's name into BibTeX braced but unescaped: a "}" in an
 * issuer's name would close the field and let the rest of the name write fields of its own.
 */
function forBibtex(item: CslItem): CslItem {
  if (!item.author?.some((a) => a.literal)) return item
  return {
    ...item,
    author: item.author.map((a) => {
      if (!a.literal) return a
      return { literal: escapeBibtexName(a.literal) }
    }),
  }
}

/**
 * RIS records from citation-js's field mapping, written out here: its own writer breaks every
 * value at 70 characters, mid-word, which readers join back with a space ("cybersecuri ty").
 * One line per tag, inner line breaks folded (they would start a tag of their own), CRLF as
 * the RIS specification asks.
 */
function risRecords(items: CslItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object' })
  const lines: string[] = []
  for (const [i, record] of records.entries()) {
    // citation-js maps CSL `speech` to SOUND (an audio recording); Zotero reads SLIDE as a
    // presentation, its type for a speech, and writes CSL `speech` for it again.
    const type = items[i]?.type === 'speech' ? 'SLIDE' : String(record.TY)
    lines.push(`TY  - ${type}`)
    for (const [tag, value] of Object.entries(record)) {
      if (tag === 'TY') continue
      for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ').trim()}`)
    }
    lines.push('ER  - ', '')
  }
  return lines.join('\r\n')
}

function bibtex(items: CslItem[]): string {
  return new Cite(items.map(forBibtex)).format('bibtex', { format: 'text' })
}

function cslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`
}

export function citeStatement(input: CitationInput): StatementCitations {
  const item = cslItem(input)
  const cite = new Cite([item])
  const entry = [{ id: item.id, ...(input.paragraph ? { locator: String(input.paragraph), label: 'paragraph' } : {}) }]
  const formatted = CITATION_STYLES.map((style) => ({
    ...style,
    // Text, never HTML: the page shows it as text, so a hostile title stays inert.
    reference: cite.format('bibliography', { template: style.id, format: 'text', lang: 'en-US' }).trim(),
    inText: cite.format('citation', { template: style.id, format: 'text', lang: 'en-US', entry }).trim(),
  }))
  return { formatted, bibtex: bibtex([item]), ris: risRecords([item]), cslJson: cslJson([item]) }
}

/**
 * Has citeproc-js read the three styles, which it does on first use (about a second): the
 * worker does it as soon as it starts, often while the pointer is still on its way to "Cite".
 * The item is a placeholder that is formatted and thrown away.
 */
export function readStyles(): void {
  const cite = new Cite([{ id: 'placeholder', type: 'webpage', title: 'placeholder' }])
  for (const style of CITATION_STYLES) cite.format('bibliography', { template: style.id, format: 'text', lang: 'en-US' })
}

/** One file of many statements' citations, for an export of search results. */
export function citationFile(inputs: CitationInput[], format: CitationFileFormat): string {
  // Keys must be unique in one file: a second "kaljurand2016foreign" becomes "…foreign_2"
  // (citation-js replaces a key holding a hyphen with one of its own making).
  const seen = new Map<string, number>()
  const items = inputs.map((input) => {
    const item = cslItem(input)
    const n = (seen.get(item.id) ?? 0) + 1
    seen.set(item.id, n)
    return n === 1 ? item : { ...item, id: `${item.id}_${n}`, 'citation-key': `${item.id}_${n}` }
  })
  if (format === 'bibtex') return bibtex(items)
  if (format === 'ris') return risRecords(items)
  return cslJson(items)
}
