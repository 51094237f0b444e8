import type { Topic } from '../corpus/schema.ts'
import { normalizeSpaces } from './clean-text.ts'

// Topics come from the rules in data/topics.json. Terms match whole words only ("Senator" is
// not NATO) and acronyms match with their case ("NATO", not "nato"). A topic counts if the title
// names it, or if the text mentions it at least twice plus once more for every full 1,000 words:
// a passing mention is not what a statement is about, and a General Debate speech touches some
// twenty subjects.
//
// Matching runs over every paragraph of every statement, so it is two-staged: one regular
// expression finds where any phrase's first word occurs, and only there are whole phrases and
// word boundaries checked.

const WORD_CHAR = /[\p{L}\p{N}_]/u

interface Phrase {
  text: string
  topic: number
}

interface PhraseIndex {
  /** Finds every occurrence of any phrase's first word (boundaries are checked afterwards). */
  finder: RegExp | undefined
  /** Phrases by first word; for a first word, also those whose first word is a prefix of it. */
  byFirstWord: Map<string, Phrase[]>
}

export interface TopicRules {
  ids: string[]
  /** Lower-cased phrases, searched in the lower-cased text. */
  anyCase: PhraseIndex
  /** Terms as written ("NATO"), searched in the text as written. */
  exactCase: PhraseIndex
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const firstWord = (phrase: string) => /^[\p{L}\p{N}_]+/u.exec(phrase)?.[0] ?? phrase.slice(0, 1)

function buildIndex(phrases: Phrase[]): PhraseIndex {
  const firsts = [...new Set(phrases.map((p) => firstWord(p.text)))].sort((a, b) => b.length - a.length)
  const byFirstWord = new Map<string, Phrase[]>()
  for (const word of firsts) {
    // "cyber" phrases must still be tried where the finder matched the longer "cyberspace".
    byFirstWord.set(word, phrases.filter((p) => word.startsWith(firstWord(p.text))))
  }
  const finder = firsts.length > 0 ? new RegExp(firsts.map(escapeRegExp).join('|'), 'g') : undefined
  return { finder, byFirstWord }
}

export function compileTopicRules(topics: readonly Topic[]): TopicRules {
  const anyCase: Phrase[] = []
  const exactCase: Phrase[] = []
  topics.forEach((topic, i) => {
    for (const phrase of topic.match?.phrases ?? []) {
      const text = normalizeSpaces(phrase).toLowerCase()
      if (text) anyCase.push({ text, topic: i })
    }
    for (const term of topic.match?.caseSensitive ?? []) {
      const text = normalizeSpaces(term)
      if (text) exactCase.push({ text, topic: i })
    }
  })
  return { ids: topics.map((t) => t.id), anyCase: buildIndex(anyCase), exactCase: buildIndex(exactCase) }
}

const isWordChar = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR.test(text[at] ?? '')

/** Adds each topic's whole-word occurrences to `counts`; overlapping ones ("cyber defence" inside "Cooperative Cyber Defence Centre") count once. */
function countMatches(text: string, index: PhraseIndex, counts: number[]): void {
  if (!index.finder) return
  const busyUntil: number[] = []
  index.finder.lastIndex = 0
  for (let m = index.finder.exec(text); m !== null; m = index.finder.exec(text)) {
    const at = m.index
    if (isWordChar(text, at - 1)) continue
    for (const { text: phrase, topic } of index.byFirstWord.get(m[0]) ?? []) {
      if ((busyUntil[topic] ?? 0) > at) continue
      if (!text.startsWith(phrase, at) || isWordChar(text, at + phrase.length)) continue
      counts[topic] = (counts[topic] ?? 0) + 1
      busyUntil[topic] = at + phrase.length
    }
  }
}

function score(text: string, rules: TopicRules): number[] {
  const counts = new Array<number>(rules.ids.length).fill(0)
  countMatches(text, rules.exactCase, counts)
  countMatches(text.toLowerCase(), rules.anyCase, counts)
  return counts
}

// Both thresholds were measured on the White House releases and the UN General Debate (issue 11):
// rules loose enough to keep a two-sentence passage in a 2,000-word speech also tag 1,000-word
// releases that name a topic twice in passing, and tighter ones drop long releases that return to it.
const MIN_MENTIONS = 2
/** About 1,000 words: 5.97 characters a word in the White House releases, 6.21 in the General Debate. */
const CHARACTERS_PER_EXTRA_MENTION = 6000
/** Orders a topic the title names before those the text only mentions; it does not decide tagging. */
const TITLE_WEIGHT = 3

/** Mentions in the text that a topic needs, for a text of this many characters. */
const mentionsNeeded = (characters: number) => MIN_MENTIONS + Math.floor(characters / CHARACTERS_PER_EXTRA_MENTION)

/** Topic ids for a statement, strongest first (ties keep the order of topics.json). */
export function tagTopics(title: string, paragraphs: readonly string[], rules: TopicRules): string[] {
  // A space, not a line break, between paragraphs: a phrase split by a hard-wrapped line still counts.
  const body = paragraphs.join(' ')
  const needed = mentionsNeeded(body.length)
  const inTitle = score(title, rules)
  const inBody = score(body, rules)
  const tagged: Array<{ id: string; score: number; order: number }> = []
  rules.ids.forEach((id, order) => {
    const named = (inTitle[order] ?? 0) > 0
    const mentions = inBody[order] ?? 0
    if (named || mentions >= needed) tagged.push({ id, score: (named ? TITLE_WEIGHT : 0) + mentions, order })
  })
  return tagged.sort((a, b) => b.score - a.score || a.order - b.order).map((t) => t.id)
}
