import type { StatementType } from '../corpus/schema.ts'

// The type of a release follows from its title's conventions; the folder it was filed in is
// only a fallback, because archives misfile ("Press Gaggle" under speeches-remarks).

type Rule = [RegExp, StatementType]

// Anchored at the start of the title, tried in order: the first word decides.
const TITLE_PREFIX_RULES: Rule[] = [
  [/^statements?\s+(?:by|from|of|on)\b/i, 'statement'],
  [/^(?:[\w.’'-]+\s+){0,4}joint\s+(?:leaders[’']?\s+)?(?:statement|declaration|communiqu[ée])\b/i, 'joint-statement'],
  [/^(?:excerpts?\s+(?:of|from)\s+)?(?:remarks|speech|address|keynote|toast|eulogy)\b/i, 'remarks'],
  [/^(?:(?:on[-\s]the[-\s]record|background|off[-\s]the[-\s]record)\s+)?press\s+(?:briefing|gaggle|call|conference)\b/i, 'press-briefing'],
  [/^(?:on[-\s]the[-\s]record|background)\s+(?:press\s+)?(?:call|briefing|gaggle)\b/i, 'press-briefing'],
  [/^readouts?\b/i, 'readout'],
  [/^fact\s*sheet\b/i, 'fact-sheet'],
  [/^letters?\s+(?:to|from)\b/i, 'letter'],
  [/^(?:a\s+)?messages?\s+to\s+the\s+(?:congress|senate|house)\b/i, 'letter'],
  [/^(?:a\s+)?proclamation\b/i, 'proclamation'],
  [/^executive\s+order\b/i, 'executive-order'],
  [/^(?:(?:presidential|national\s+security)\s+)?memorandum\b/i, 'memorandum'],
  [/^interview\b/i, 'interview'],
]

// Conventions found further into the title ("U.S.-Japan Joint Statement", "Vice President
// Harris's Remarks at …"), used only when no prefix rule applied.
const TITLE_ANYWHERE_RULES: Rule[] = [
  [/\bjoint\s+(?:leaders[’']?\s+)?statement\b/i, 'joint-statement'],
  [/\bpress\s+(?:briefing|gaggle)\b|\b(?:background|on-the-record)\s+press\s+call\b/i, 'press-briefing'],
  [/\bremarks\s+(?:by|of|as\s+prepared|as\s+delivered)\b/i, 'remarks'],
  [/\bstatement\s+(?:by|from|of)\b/i, 'statement'],
  [/\breadout\s+of\b/i, 'readout'],
]

// Legal instruments say what they are in their own words, even under a bare title
// ("Preserving America's Game"), so the opening and closing formulae are better than the folder.
function typeFromBody(paragraphs: readonly string[]): StatementType | undefined {
  const opening = paragraphs.slice(0, 4).join('\n')
  if (/\bit is hereby ordered\b/i.test(opening)) return 'executive-order'
  if (/^memorandum for\b/im.test(opening)) return 'memorandum'
  const closing = paragraphs.slice(-6).join('\n')
  if (/\bdo hereby proclaim\b/i.test(closing)) return 'proclamation'
  return undefined
}

// A news headline: "Foreign Minister Kaljurand: The EU and NATO must …", "President Biden
// Announces …", "Press Release: …".
const HEADLINE_VERBS = `announces announce approves names nominates signs launches unveils issues declares
  highlights hosts welcomes releases awards celebrates calls urges meets travels visits condemns
  marks honors honours commemorates delivers secures applauds praises`
  .split(/\s+/)
  .map((verb) => `[${verb[0]?.toUpperCase()}${verb[0]}]${verb.slice(1)}`)
  .join('|')
const HEADLINE_RULES: RegExp[] = [
  /^press\s+release\b/i,
  /^(?:[\p{Lu}][\p{L}.’'-]*\s+){1,5}[\p{Lu}][\p{L}’'-]+:\s+\S/u,
  new RegExp(`^(?:[\\p{Lu}][\\p{L}.,’'-]*\\s+){1,6}(?:${HEADLINE_VERBS})\\b`, 'u'),
]

const FOLDER_TYPES: Record<string, StatementType> = {
  'press-releases': 'press-release',
  releases: 'press-release',
  'statements-releases': 'press-release',
  'news-releases': 'press-release',
  news: 'press-release',
  statements: 'statement',
  'briefings-statements': 'statement',
  'joint-statements': 'joint-statement',
  'speeches-remarks': 'remarks',
  speeches: 'remarks',
  remarks: 'remarks',
  'press-briefings': 'press-briefing',
  briefings: 'press-briefing',
  readouts: 'readout',
  'fact-sheets': 'fact-sheet',
  letters: 'letter',
  proclamations: 'proclamation',
  'executive-orders': 'executive-order',
  memoranda: 'memorandum',
  memorandums: 'memorandum',
  interviews: 'interview',
}

function typeFromFolders(folders: readonly string[]): StatementType | undefined {
  // The nearest folder speaks first: seeds/press-releases/2016 is filed as a press release.
  for (let i = folders.length - 1; i >= 0; i--) {
    const name = (folders[i] ?? '').toLowerCase().replace(/[\s_]+/g, '-')
    const type = FOLDER_TYPES[name]
    if (type) return type
  }
  return undefined
}

export interface TypeEvidence {
  title: string
  paragraphs?: readonly string[]
  /** Folder names from the input root down to the file, e.g. ["speeches-remarks", "2024-10"]. */
  folders?: readonly string[]
}

export function detectType({ title, paragraphs = [], folders = [] }: TypeEvidence): StatementType {
  const bare = title.replace(/^press\s+release:\s*/i, '')
  for (const [pattern, type] of TITLE_PREFIX_RULES) if (pattern.test(bare)) return type
  for (const [pattern, type] of TITLE_ANYWHERE_RULES) if (pattern.test(bare)) return type
  const fromBody = typeFromBody(paragraphs)
  if (fromBody) return fromBody
  if (HEADLINE_RULES.some((pattern) => pattern.test(title))) return 'press-release'
  return typeFromFolders(folders) ?? 'other'
}
