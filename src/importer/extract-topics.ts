import type { Topic } from '../corpus/schema.ts'

// Topics come from the rules in data/topics.json. Terms match whole words only ("Senator" is
// not NATO), acronyms match with their case ("NATO", not "nato"), and a statement is tagged only
// when the topic is in its title or recurs in its text: a passing mention is not what it is about.
//
// Text is split into words once and phrases are looked up by their first word, instead of one
// search per phrase: this runs over every paragraph of every statement.

const NON_WORD = /[^\p{L}\p{N}_]+/u

interface Phrase {
  words: string[]
  topic: number
}

export interface TopicRules {
  ids: string[]
  /** Phrases by their first word, lower-cased: matched regardless of case. */
  anyCase: Map<string, Phrase[]>
  /** Terms by their first word as written: matched with their case. */
  exactCase: Map<string, Phrase[]>
}

const wordsOf = (text: string) => text.split(NON_WORD).filter(Boolean)

function addPhrase(index: Map<string, Phrase[]>, words: string[], topic: number): void {
  const first = words[0]
  if (first === undefined) return
  const list = index.get(first) ?? []
  list.push({ words, topic })
  // Longest first, so "cyber attacks" is preferred to "cyber attack" at the same word.
  list.sort((a, b) => b.words.length - a.words.length)
  index.set(first, list)
}

export function compileTopicRules(topics: readonly Topic[]): TopicRules {
  const rules: TopicRules = { ids: topics.map((t) => t.id), anyCase: new Map(), exactCase: new Map() }
  topics.forEach((topic, i) => {
    for (const phrase of topic.match?.phrases ?? []) addPhrase(rules.anyCase, wordsOf(phrase.toLowerCase()), i)
    for (const term of topic.match?.caseSensitive ?? []) addPhrase(rules.exactCase, wordsOf(term), i)
  })
  return rules
}

/** Occurrences per topic; one stretch of text counts once per topic ("Cooperative Cyber Defence Centre" is one cyber-defence mention, not two). */
function countMatches(words: readonly string[], index: Map<string, Phrase[]>, counts: number[]): void {
  const busyUntil: number[] = []
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i] ?? '')
    if (!candidates) continue
    for (const { words: phrase, topic } of candidates) {
      if ((busyUntil[topic] ?? 0) > i) continue
      let k = 1
      while (k < phrase.length && words[i + k] === phrase[k]) k++
      if (k < phrase.length) continue
      counts[topic] = (counts[topic] ?? 0) + 1
      busyUntil[topic] = i + phrase.length
    }
  }
}

function score(text: string, rules: TopicRules): number[] {
  const counts = new Array<number>(rules.ids.length).fill(0)
  const words = wordsOf(text)
  countMatches(words, rules.exactCase, counts)
  countMatches(
    words.map((w) => w.toLowerCase()),
    rules.anyCase,
    counts,
  )
  return counts
}

export interface TopicScoring {
  /** What a mention in the title is worth against mentions in the text. */
  titleWeight: number
  /** Score needed in a short text; longer texts need one more per `wordsPerExtraMention` words. */
  threshold: number
  wordsPerExtraMention: number
}

export const DEFAULT_SCORING: TopicScoring = { titleWeight: 3, threshold: 2, wordsPerExtraMention: 1000 }

/** Topic ids for a statement, strongest first (ties keep the order of topics.json). */
export function tagTopics(
  title: string,
  paragraphs: readonly string[],
  rules: TopicRules,
  scoring: TopicScoring = DEFAULT_SCORING,
): string[] {
  const body = paragraphs.join('\n')
  const needed = scoring.threshold + Math.floor(body.length / 6 / scoring.wordsPerExtraMention)
  const inTitle = score(title, rules)
  const inBody = score(body, rules)
  const tagged: Array<{ id: string; score: number; order: number }> = []
  rules.ids.forEach((id, order) => {
    const total = ((inTitle[order] ?? 0) > 0 ? scoring.titleWeight : 0) + (inBody[order] ?? 0)
    if ((inTitle[order] ?? 0) > 0 || total >= needed) tagged.push({ id, score: total, order })
  })
  return tagged.sort((a, b) => b.score - a.score || a.order - b.order).map((t) => t.id)
}
