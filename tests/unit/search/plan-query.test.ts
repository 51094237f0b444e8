import { describe, expect, it } from 'vitest'
import { ChunkedVocabulary } from '../../../src/search/chunked-vocabulary.ts'
import { buildSearchIndex } from '../../../src/search/search-index-build.ts'
import { planQuery } from '../../../src/search/term-expander.ts'
import { blockOf, vocabularyFiles } from '../../../src/search/vocabulary-files.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

// Which posting shards a query is guessed to need from its spelling alone, before any part of
// the vocabulary is here: they are fetched alongside those parts, not a round trip after them.
const corpus = fixtureCorpus(600)
const parts = buildSearchIndex(corpus, { shardBytes: 2048 })
const terms = parts.search.terms.split('\n')
const { index } = vocabularyFiles(terms, parts.search.df, parts.search.shardStarts, 8)
const vocabulary = new ChunkedVocabulary(index, async () => {
  throw new Error('planning a query fetches nothing')
})
const shardOf = (term: string) => blockOf(index.shardFirst, term)

/** A term whose longer completions begin in the next shard, as "cybersecurity" and "cybersecuritysm" do. */
const straddling = terms.find((t, i) => t.length >= 5 && /^[a-z]+$/.test(t) && terms.slice(i + 1).some((u) => u.startsWith(t) && shardOf(u) === shardOf(t) + 1) && terms.slice(i + 1).every((u) => !u.startsWith(t) || shardOf(u) <= shardOf(t) + 1))

describe('planQuery’s guessed shards', () => {
  it('has a fixture word whose completions straddle two shards', () => {
    expect(index.shardFirst.length).toBeGreaterThan(20)
    expect(straddling).toBeDefined()
  })

  it('guesses, for the word being typed, the shards of the words it begins', () => {
    const word = straddling as string
    expect([...planQuery(word, vocabulary).guessedShards].sort((a, b) => a - b)).toEqual([shardOf(word), shardOf(word) + 1])
  })

  it('guesses only the word’s own shard once it is no longer being typed', () => {
    const word = straddling as string
    const other = terms.find((t) => /^[a-z]{4,}$/.test(t) && shardOf(t) > shardOf(word) + 2) as string
    // The last word is the one being typed; the first is finished.
    const plan = planQuery(`${word} ${other}`, vocabulary)
    expect(plan.guessedShards.has(shardOf(word))).toBe(true)
    expect(plan.guessedShards.has(shardOf(word) + 1)).toBe(false)
  })

  it('guesses no range for a short prefix that spans many shards', () => {
    const letter = 'c'
    const spans = new Set(terms.filter((t) => t.startsWith(letter)).map(shardOf))
    expect(spans.size).toBeGreaterThan(3)
    expect([...planQuery(letter, vocabulary).guessedShards]).toEqual([shardOf(letter)])
  })
})
