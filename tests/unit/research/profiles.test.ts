import { describe, expect, it } from 'vitest'
import type { CompiledCorpus, Statement } from '../../../src/corpus/schema.ts'
import { speakerProfile, topicProfile } from '../../../src/research/profiles.ts'
import { profileFileName, QUOTE_STATEMENTS, type ProfileFacet, type ProfileFile, type RoleSpan } from '../../../src/search/profile-files.ts'
import { catalogOf, profileFiles } from '../../../src/search/search-index-build.ts'
import { inMemoryRanker } from '../../../src/search/in-memory-ranker.ts'
import { profileQuery } from '../../../src/search/search-params.ts'
import type { FacetCount, SearchResults } from '../../../src/search/search-types.ts'
import { fixtureCorpus, SEED_ID, seedStatement } from '../../fixtures/corpus.ts'

// Jorund Ashgrove (synthetic) changes role in this copy of the fixture: a deputy until 2020,
// minister after, a deputy again in 2024 (the same role held twice spans both), and on one
// statement with no role recorded (which no span counts).
const JORUND = 'jorund-ashgrove'
const DEPUTY = 'Deputy Interior Minister of Estmark'
const fixture = fixtureCorpus(60)
const corpus: CompiledCorpus = {
  ...fixture,
  statements: fixture.statements.map((s) => ({
    ...s,
    speakers: s.speakers.map((sp) => {
      if (sp.id !== JORUND) return sp
      if (s.date.startsWith('2021-01')) return { id: sp.id, name: sp.name }
      return s.date < '2020' || s.date >= '2024' ? { ...sp, role: DEPUTY } : sp
    }),
  })),
}
const catalog = catalogOf(corpus)
const ranker = inMemoryRanker(corpus)
// The profile files as the build writes them, and the pages' profiles from them and the search.
const files = new Map(profileFiles(corpus))
const fileOf = (facet: ProfileFacet, id: string, from = files): ProfileFile => {
  const file = from.get(profileFileName(facet, id))
  if (!file) throw new Error(`no profile file for ${facet} ${id}`)
  return file
}
const speaker = (id: string) => speakerProfile(ranker.search(profileQuery('speaker', id)), catalog, id, fileOf('speaker', id))
const topic = (id: string) => topicProfile(ranker.search(profileQuery('topic', id)), catalog, id, fileOf('topic', id))
const idsOf = (docs: readonly number[]) => docs.map((doc) => corpus.statements[doc]?.id)

// -- What the pages should show, by a plain scan of the corpus --------------------------------

/** Newest first; statements of one day in archive order, as the ranker breaks ties. */
const newestFirst = (statements: Statement[]) => [...statements].sort((a, b) => b.date.localeCompare(a.date))
const ofSpeaker = (id: string) => newestFirst(corpus.statements.filter((s) => s.speakers.some((sp) => sp.id === id)))
const ofTopic = (id: string) => newestFirst(corpus.statements.filter((s) => s.topics.includes(id)))
const topicLabel = (id: string) => corpus.topics.find((t) => t.id === id)?.label ?? id

/** Values and their statement counts, most first (ties by label): the related list. */
function scanCounts(statements: readonly Statement[], values: (s: Statement) => Array<[id: string, label: string]>): FacetCount[] {
  const found = new Map<string, FacetCount>()
  for (const s of statements) {
    for (const [id, label] of new Map(values(s))) {
      const c = found.get(id)
      if (c) c.count++
      else found.set(id, { id, label, count: 1 })
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

function scanRoles(statements: readonly Statement[], id: string): RoleSpan[] {
  const spans: RoleSpan[] = []
  for (const s of statements) {
    const role = s.speakers.find((sp) => sp.id === id)?.role
    if (!role) continue
    const span = spans.find((r) => r.role === role)
    if (!span) spans.push({ role, from: s.date, to: s.date, statements: 1 })
    else {
      span.from = s.date < span.from ? s.date : span.from
      span.to = s.date > span.to ? s.date : span.to
      span.statements++
    }
  }
  return spans.sort((a, b) => a.from.localeCompare(b.from) || a.role.localeCompare(b.role))
}

/** Quotations of the newest statements, as [statement id, speaker name, text]. */
function scanQuotes(statements: readonly Statement[], keep: (speaker: string) => boolean) {
  return statements.slice(0, QUOTE_STATEMENTS).flatMap((s) =>
    (s.quotes ?? [])
      .filter((q) => keep(q.speaker))
      .map((q) => [s.id, s.speakers.find((sp) => sp.id === q.speaker)?.name ?? q.speaker, q.text]),
  )
}

const shownQuotes = (profile: ReturnType<typeof speaker> | ReturnType<typeof topic>) =>
  profile.quotes.map((q) => [q.statement.id, q.speakerName, q.quote.text])

describe('speaker and topic profiles', () => {
  it('gathers the seed’s speaker: her statement, role with its dates, topics and quotations', () => {
    const profile = speaker('marina-kaljurand')
    expect(profile.name).toBe('Marina Kaljurand')
    expect(profile.total).toBe(1)
    expect(idsOf(profile.docs)).toEqual([SEED_ID])
    expect([profile.newest, profile.oldest]).toEqual(['2016-04-07', '2016-04-07'])
    expect(profile.roles).toEqual([{ role: 'Foreign Minister of Estonia', from: '2016-04-07', to: '2016-04-07', statements: 1 }])
    expect(profile.topics).toEqual(scanCounts([seedStatement], (s) => s.topics.map((t) => [t, topicLabel(t)])))
    expect(profile.topics.map((t) => t.id).sort()).toEqual([...seedStatement.topics].sort())
    expect(shownQuotes(profile)).toEqual(seedStatement.quotes?.map((q) => [SEED_ID, 'Marina Kaljurand', q.text]))
    expect(profile.quotes).toHaveLength(4)
  })

  it('lists exactly the statements that name the speaker, newest first, with roles, topics and own quotations', () => {
    const expected = ofSpeaker(JORUND)
    expect(expected.length).toBeGreaterThan(5)
    const profile = speaker(JORUND)
    expect(profile.name).toBe('Jorund Ashgrove')
    expect(profile.total).toBe(expected.length)
    expect(idsOf(profile.docs)).toEqual(expected.map((s) => s.id))
    expect([profile.newest, profile.oldest]).toEqual([expected[0]?.date, expected.at(-1)?.date])
    // Two roles, the deputy's held twice and spanning both times; the statement without a role
    // is in no span.
    const roles = scanRoles(expected, JORUND)
    expect(profile.roles).toEqual(roles)
    expect(roles.map((r) => r.role)).toEqual([DEPUTY, 'Interior Minister of Estmark'])
    expect(roles.reduce((n, r) => n + r.statements, 0)).toBe(expected.length - 1)
    expect(profile.topics).toEqual(scanCounts(expected, (s) => s.topics.map((t) => [t, topicLabel(t)])))
    // Only his own words: statements he shares carry the other speaker's quotations too.
    const quotes = scanQuotes(expected, (sp) => sp === JORUND)
    expect(quotes.length).toBeGreaterThan(0)
    expect(scanQuotes(expected, () => true).length).toBeGreaterThan(quotes.length)
    expect(shownQuotes(profile)).toEqual(quotes)
  })

  it('gathers a topic: its statements newest first, its speakers with their counts, every quotation', () => {
    const expected = ofTopic('eu-nato')
    const profile = topic('eu-nato')
    expect(profile.label).toBe('EU–NATO cooperation')
    expect(profile.total).toBe(expected.length)
    expect(idsOf(profile.docs)).toEqual(expected.map((s) => s.id))
    expect(profile.speakers).toEqual(scanCounts(expected, (s) => s.speakers.map((sp) => [sp.id, sp.name])))
    expect(profile.speakers.map((s) => s.id)).toContain('marina-kaljurand')
    const quotes = scanQuotes(expected, () => true)
    expect(new Set(quotes.map(([, name]) => name)).size).toBeGreaterThan(1)
    expect(shownQuotes(profile)).toEqual(quotes)
  })

  it('lists quotations from the newest statements only', () => {
    // More statements on the topic than the quotation window holds; no ranker needed for this.
    const big = fixtureCorpus(1500)
    const bigCatalog = catalogOf(big)
    const docs = big.statements.flatMap((s, doc) => (s.topics.includes('eu-nato') ? [doc] : []))
    const statements = docs.map((doc) => big.statements[doc] as Statement)
    expect(docs.length).toBeGreaterThan(QUOTE_STATEMENTS)
    const results: SearchResults = {
      total: docs.length,
      ids: docs,
      matchedTerms: new Set(),
      phrases: [],
      corrections: [],
      unmatchedWords: [],
      partial: false,
      facets: { speaker: [], topic: [], type: [], country: [] },
      years: [],
    }
    const profile = topicProfile(results, bigCatalog, 'eu-nato', fileOf('topic', 'eu-nato', new Map(profileFiles(big))))
    const quotes = scanQuotes(statements, () => true)
    // Older statements have quotations too, which the page leaves out.
    expect(scanQuotes(statements.slice(QUOTE_STATEMENTS), () => true).length).toBeGreaterThan(0)
    expect(profile.total).toBe(docs.length)
    expect(shownQuotes(profile)).toEqual(quotes)
  })
})
