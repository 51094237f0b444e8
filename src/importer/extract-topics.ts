import type { Topic } from '../corpus/schema.ts'

// Topics come from the rules in data/topics.json. Terms match whole words only ("Senator" is
// not NATO), acronyms match with their case ("NATO", not "nato"), and a statement is tagged only
// when the topic is in its title or recurs in its text: a passing mention is not what it is about.

export interface TopicRule {
  id: string
  pattern: RegExp | undefined
  casePattern: RegExp | undefined
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function alternation(terms: readonly string[], flags: string): RegExp | undefined {
  if (terms.length === 0) return undefined
  // Longest first, so "cyber attacks" is one match rather than "cyber attack" plus a leftover.
  const body = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => escapeRegExp(t.trim()).replace(/\s+/g, '\\s+'))
    .join('|')
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, flags)
}

export function compileTopicRules(topics: readonly Topic[]): TopicRule[] {
  return topics.map((topic) => ({
    id: topic.id,
    pattern: alternation(topic.match?.phrases ?? [], 'giu'),
    casePattern: alternation(topic.match?.caseSensitive ?? [], 'gu'),
  }))
}

function countMatches(rule: TopicRule, text: string): number {
  let count = 0
  for (const pattern of [rule.pattern, rule.casePattern]) {
    if (!pattern) continue
    pattern.lastIndex = 0
    while (pattern.exec(text) !== null) count++
  }
  return count
}

export interface TopicScoring {
  /** What one title match is worth against mentions in the text. */
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
  rules: readonly TopicRule[],
  scoring: TopicScoring = DEFAULT_SCORING,
): string[] {
  const body = paragraphs.join('\n')
  const words = body.length / 6
  const needed = scoring.threshold + Math.floor(words / scoring.wordsPerExtraMention)
  const scored: Array<{ id: string; score: number; order: number }> = []
  rules.forEach((rule, order) => {
    const inTitle = countMatches(rule, title) > 0
    const score = (inTitle ? scoring.titleWeight : 0) + countMatches(rule, body)
    if (inTitle || score >= needed) scored.push({ id: rule.id, score, order })
  })
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((t) => t.id)
}
