// Ids and file names derive from titles, which are untrusted: "../../x" must become "x".

const MAX_SLUG_LENGTH = 100

/** Lower-case ASCII words joined by hyphens, cut on a word boundary. */
export function slugify(value: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const boundary = cut.lastIndexOf('-')
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '')
}

export function statementId(date: string, title: string): string {
  return `${date}-${slugify(title) || 'statement'}`
}
