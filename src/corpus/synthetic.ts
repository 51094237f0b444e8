import { STATEMENT_TYPES, type Statement, type StatementType } from './schema.ts'
import { createRandom } from '../lib/seeded-random.ts'

// Synthetic statements for tests and benchmarks. Every person, country and body here is
// fictional, every statement carries `synthetic: true`, and the issuer says so, so nothing
// generated can be mistaken for (or quoted as) the words of a real official.

// Each speaker speaks for a fictional state or body, whose code is one of ISO 3166-1's
// user-assigned codes (X..), which no real country will ever have (countries.ts).
const SPEAKERS = [
  { name: 'Ada Quillfeather', role: 'Foreign Minister of Veloria', country: 'XVL' },
  { name: 'Borin Halvask', role: 'Defence Minister of Norlund', country: 'XNL' },
  { name: 'Celeste Marrowby', role: 'Secretary General of the Northern Compact', country: 'XNC' },
  { name: 'Dmitri Oakenshaw', role: 'Cyber Ambassador of Veloria', country: 'XVL' },
  { name: 'Elowen Tarrant', role: 'President of the Union Council', country: 'XUN' },
  { name: 'Faris Quenneville', role: 'Spokesperson of the Northern Compact', country: 'XNC' },
  { name: 'Greta Vinterholm', role: 'Prime Minister of Norlund', country: 'XNL' },
  { name: 'Hollis Brandywine', role: 'Director of the Compact Cyber Centre', country: 'XNC' },
  { name: 'Ines Caravell', role: 'High Representative of the Union', country: 'XUN' },
  { name: 'Jorund Ashgrove', role: 'Interior Minister of Estmark', country: 'XEM' },
  { name: 'Kestrel Imbody', role: 'Chief Digital Officer of Estmark', country: 'XEM' },
  { name: 'Lioba Fenwright', role: 'Deputy Secretary General of the Northern Compact', country: 'XNC' },
] as const

/** The first speaker's state or body: no random draw, so older seeds give the same corpus. */
function countryOf(speakers: ReadonlyArray<{ name: string }>): string | undefined {
  return SPEAKERS.find((s) => s.name === speakers[0]?.name)?.country
}

const TOPIC_WORDS: Record<string, string[]> = {
  'eu-nato': ['Union–Compact cooperation', 'joint declaration', 'parallel exercises', 'staff-to-staff dialogue'],
  nato: ['the Compact', 'collective defence', 'the Alliance summit', 'deterrence posture'],
  eu: ['the Union', 'the Council conclusions', 'the Commission proposal', 'member states'],
  'cyber-defence': ['cyber defence', 'network defence', 'cyber range exercises', 'rapid reaction teams'],
  cybersecurity: ['cybersecurity', 'cyberattacks', 'incident response', 'secure networks'],
  ransomware: ['ransomware', 'extortion payments', 'encrypted hospital records', 'ransom demands'],
  'hybrid-threats': ['hybrid threats', 'disinformation campaigns', 'coercion below the threshold', 'election interference'],
  'critical-infrastructure': ['critical infrastructure', 'the power grid', 'undersea cables', 'water utilities'],
  'international-law': ['international law in cyberspace', 'norms of responsible behaviour', 'attribution', 'due diligence'],
  'capacity-building': ['capacity building', 'training programmes', 'partner resilience', 'technical assistance'],
  'information-sharing': ['information sharing', 'threat intelligence', 'early warning', 'exchange of indicators'],
  'public-private': ['the private sector', 'industry partners', 'public–private partnership', 'technology companies'],
}

const TOPIC_IDS = Object.keys(TOPIC_WORDS)
const PLACES = ['Velorian Capital', 'Norlund Harbour', 'Estmark City', 'Compact Headquarters', 'Union Hall']
const VERBS = ['stressed', 'underlined', 'welcomed', 'announced', 'called for', 'reaffirmed', 'warned against']
const FILLER = [
  'Ministers met to review progress on',
  'The meeting addressed',
  'Delegations agreed to deepen work on',
  'Participants discussed the next steps for',
  'The statement set out priorities for',
  'Officials reported on recent developments in',
]
const EXTRA_VOCAB = [
  'resilience', 'coordination', 'framework', 'strategy', 'roadmap', 'partnership', 'investment', 'readiness',
  'assessment', 'mandate', 'governance', 'transparency', 'accountability', 'interoperability', 'procurement',
  'sanctions', 'deterrence', 'mobilisation', 'verification', 'oversight', 'modernisation', 'supply chains',
  'semiconductors', 'satellites', 'telecommunications', 'encryption', 'quantum', 'forensics', 'logistics',
]


function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 10)
    .join('-')
}

export interface SyntheticOptions {
  count: number
  seed?: number
  /** Rough number of paragraphs per statement; real releases average about ten. */
  paragraphs?: number
  fromYear?: number
  toYear?: number
}

export function generateSyntheticStatements(options: SyntheticOptions): Statement[] {
  const { count, seed = 1, paragraphs = 6, fromYear = 2014, toYear = 2025 } = options
  const rnd = createRandom(seed)
  const usedIds = new Set<string>()
  const statements: Statement[] = []

  for (let i = 0; i < count; i++) {
    const year = fromYear + rnd.int(toYear - fromYear + 1)
    const month = 1 + rnd.int(12)
    const day = 1 + rnd.int(28)
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    const type: StatementType = rnd.pick(STATEMENT_TYPES)
    const speakerCount = type === 'fact-sheet' || type === 'readout' ? 0 : 1 + (rnd.next() < 0.25 ? 1 : 0)
    const speakers = Array.from(new Set(Array.from({ length: speakerCount }, () => rnd.pick(SPEAKERS)))).map(
      (s) => ({ id: slugify(s.name), name: s.name, role: s.role }),
    )
    const topics = Array.from(new Set([rnd.pick(TOPIC_IDS), rnd.pick(TOPIC_IDS), rnd.pick(TOPIC_IDS)])).slice(
      0,
      1 + rnd.int(3),
    )
    const mainTopic = TOPIC_WORDS[topics[0] as string] as string[]
    const lead = speakers[0]
    const country = countryOf(speakers)
    const title = lead
      ? `${lead.name.split(' ').at(-1)} on ${rnd.pick(mainTopic)} and ${rnd.pick(EXTRA_VOCAB)}`
      : `Synthetic ${type.replace('-', ' ')} on ${rnd.pick(mainTopic)}`

    const body: string[] = []
    const quotes: Statement['quotes'] = []
    const n = Math.max(1, paragraphs - 2 + rnd.int(5))
    for (let p = 0; p < n; p++) {
      const topicWords = TOPIC_WORDS[rnd.pick(topics)] as string[]
      const sentences = [
        `${rnd.pick(FILLER)} ${rnd.pick(topicWords)} and ${rnd.pick(EXTRA_VOCAB)}.`,
        `${lead ? lead.name : 'The secretariat'} ${rnd.pick(VERBS)} ${rnd.pick(topicWords)}, ${rnd.pick(EXTRA_VOCAB)} and ${rnd.pick(EXTRA_VOCAB)} in ${rnd.pick(PLACES)}.`,
        `Work on ${rnd.pick(EXTRA_VOCAB)} will continue with ${rnd.pick(topicWords)} over the coming ${1 + rnd.int(11)} months.`,
      ]
      if (lead && rnd.next() < 0.3) {
        const quote = `We will keep working on ${rnd.pick(topicWords)} with every partner`
        sentences.push(`“${quote},” ${lead.name.split(' ').at(-1)} said.`)
        quotes.push({ speaker: lead.id, text: quote, paragraph: p })
      }
      body.push(sentences.join(' '))
    }

    let id = `${date}-${slugify(title)}`
    for (let k = 2; usedIds.has(id); k++) id = `${date}-${slugify(title)}-${k}`
    usedIds.add(id)

    statements.push({
      id,
      date,
      title,
      type,
      speakers,
      issuer: 'Synthetic Archive Generator (fictional)',
      ...(country ? { country } : {}),
      topics,
      place: rnd.pick(PLACES),
      paragraphs: body,
      ...(quotes.length ? { quotes } : {}),
      synthetic: true,
    })
  }
  return statements
}
