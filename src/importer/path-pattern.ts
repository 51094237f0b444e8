// A collection profile's file pattern: which files of a folder are statements, and what their
// paths say. "TXT/Session {session} - {year}/{country}_{session}_{year}.txt" matches
// "TXT/Session 71 - 2016/EST_71_2016.txt" as { session: "71", year: "2016", country: "EST" }.
// A field named twice must have the same value both times; `*` is any run of characters within
// one folder or file name, and a `**` segment any number of folders.

export interface PathPattern {
  source: string
  /** Field names in order of first appearance. */
  fields: string[]
  /** The fields of a path relative to the collection's folder ("/"-separated), or undefined. */
  match: (relative: string) => Record<string, string> | undefined
}

export class PatternError extends Error {}

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/
// What a field matches when the profile does not say: a year is four digits, anything else is
// the shortest run of characters that lets the rest of the pattern match.
const DEFAULT_SHAPES: Record<string, string> = { year: '\\d{4}' }

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function compileSegment(segment: string, shapes: Readonly<Record<string, string>>, seen: Set<string>, fields: string[]): string {
  let out = ''
  let previousWasField = false
  for (let i = 0; i < segment.length; ) {
    const ch = segment[i] ?? ''
    if (ch === '}') throw new PatternError(`"}" without "{" in "${segment}"`)
    if (ch === '{') {
      const end = segment.indexOf('}', i)
      if (end < 0) throw new PatternError(`"{" without "}" in "${segment}"`)
      const name = segment.slice(i + 1, end)
      if (!FIELD_NAME.test(name)) throw new PatternError(`"{${name}}" is not a field name (letters, digits and _, starting with a letter)`)
      if (previousWasField) throw new PatternError(`two fields with nothing between them in "${segment}": where one ends cannot be known`)
      if (seen.has(name)) {
        out += `\\k<${name}>`
      } else {
        seen.add(name)
        fields.push(name)
        out += `(?<${name}>${shapes[name] ?? DEFAULT_SHAPES[name] ?? '[^/]+?'})`
      }
      previousWasField = true
      i = end + 1
      continue
    }
    out += ch === '*' ? '[^/]*' : escapeRegExp(ch)
    previousWasField = false
    i++
  }
  return out
}

export function compilePathPattern(source: string, shapes: Readonly<Record<string, string>> = {}): PathPattern {
  if (source.trim() === '') throw new PatternError('is empty')
  if (source.startsWith('/') || /^[A-Za-z]:/.test(source)) throw new PatternError(`must be relative to the collection's folder, not "${source}"`)
  if (source.includes('\\')) throw new PatternError('separates folders with "/", not "\\"')
  for (const [name, shape] of Object.entries(shapes)) {
    try {
      new RegExp(shape)
    } catch (error) {
      throw new PatternError(`the shape of {${name}} is not a regular expression: ${(error as Error).message}`)
    }
  }
  const seen = new Set<string>()
  const fields: string[] = []
  const segments = source.split('/')
  let regex = '^'
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    if (segment === '' || segment === '.' || segment === '..') throw new PatternError(`has an empty, "." or ".." folder in "${source}"`)
    if (segment === '**') {
      if (last) throw new PatternError('cannot end with "**": the last part names the file')
      regex += '(?:[^/]+/)*'
      return
    }
    regex += compileSegment(segment, shapes, seen, fields) + (last ? '' : '/')
  })
  for (const name of Object.keys(shapes)) {
    if (!seen.has(name)) throw new PatternError(`gives a shape for {${name}}, which the pattern does not have`)
  }
  let compiled: RegExp
  try {
    compiled = new RegExp(`${regex}$`, 'u')
  } catch (error) {
    throw new PatternError(`cannot be compiled: ${(error as Error).message}`)
  }
  return {
    source,
    fields,
    match: (relative) => {
      const m = compiled.exec(relative)
      if (!m) return undefined
      const out: Record<string, string> = {}
      for (const name of fields) out[name] = m.groups?.[name] ?? ''
      return out
    },
  }
}
