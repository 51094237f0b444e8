/**
 * A download's file name: what it is, the words it was made from as a slug, and the day, e.g.
 * "statements-cyber-eu-nato-2026-05-03.csv". One rule for every export, so that a person's
 * downloads sort and read alike.
 */
export function downloadName(kind: string, words: string, day: string, extension: string): string {
  const slug = words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${kind}${slug ? `-${slug}` : ''}-${day}.${extension}`
}
