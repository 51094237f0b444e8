// What a typed query becomes in the URL: runs of whitespace as one space, none at the ends.
// The search box compares what it sent with what the URL echoes by this, and the URL parser
// stores it, so the two can never disagree about whether a query changed.

export const MAX_QUERY_LENGTH = 200

export function normalizeQueryText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
