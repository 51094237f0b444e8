// Plain constants about statements, free of zod, so the browser bundle does not carry the
// schema library just to know the list of types.

export const STATEMENT_TYPES = [
  'press-release',
  'statement',
  'joint-statement',
  'remarks',
  'press-briefing',
  'readout',
  'fact-sheet',
  'letter',
  'proclamation',
  'executive-order',
  'memorandum',
  'interview',
  'other',
] as const

export type StatementType = (typeof STATEMENT_TYPES)[number]

export const TYPE_LABELS: Record<StatementType, string> = {
  'press-release': 'Press release',
  statement: 'Statement',
  'joint-statement': 'Joint statement',
  remarks: 'Remarks',
  'press-briefing': 'Press briefing',
  readout: 'Readout',
  'fact-sheet': 'Fact sheet',
  letter: 'Letter',
  proclamation: 'Proclamation',
  'executive-order': 'Executive order',
  memorandum: 'Memorandum',
  interview: 'Interview',
  other: 'Other',
}

