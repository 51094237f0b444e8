import { countryName } from '../corpus/countries.ts'

// The templates of a collection profile: "{country|countryName} at the UN General Debate,
// {session|ordinal} session ({year})". A field is one the file's path or the metadata table
// gives; a filter after "|" reshapes its value. Checked when the profile is loaded, so a
// misspelt field stops the run before any file is read.

export type Fields = Readonly<Record<string, string | undefined>>

export class TemplateError extends Error {}

function ordinal(value: string): string | undefined {
  if (!/^\d+$/.test(value)) return undefined
  const n = Number(value)
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

const FILTERS: Record<string, (value: string, fields: Fields) => string | undefined> = {
  /** 71 → 71st, "01" → 1st. */
  ordinal,
  /** A number without its leading zeros: "01" → 1. */
  number: (value) => (/^\d+$/.test(value) ? String(Number(value)) : undefined),
  /**
   * A country code's English name (src/corpus/countries.ts); for a code the archive does not
   * know, the metadata table's country name, else the code itself.
   */
  countryName: (value, fields) => countryName(value.trim()) ?? (fields.countryName?.trim() || value),
  upper: (value) => value.toUpperCase(),
  lower: (value) => value.toLowerCase(),
}

type Part = string | { field: string; filters: string[] }

export interface FieldTemplate {
  source: string
  fields: string[]
  /** The text, or undefined when a field it names has no value. */
  render: (fields: Fields) => string | undefined
}

export function compileTemplate(source: string, known: ReadonlySet<string>): FieldTemplate {
  const parts: Part[] = []
  const fields: string[] = []
  let literal = ''
  for (let i = 0; i < source.length; ) {
    const ch = source[i] ?? ''
    if (ch === '}') throw new TemplateError(`"}" without "{" in "${source}"`)
    if (ch !== '{') {
      literal += ch
      i++
      continue
    }
    const end = source.indexOf('}', i)
    if (end < 0) throw new TemplateError(`"{" without "}" in "${source}"`)
    const [field = '', ...filters] = source.slice(i + 1, end).split('|').map((s) => s.trim())
    if (!known.has(field)) {
      const offered = [...known].map((f) => `{${f}}`).join(', ') || 'none'
      throw new TemplateError(`unknown field {${field}} (this profile gives ${offered})`)
    }
    for (const filter of filters) {
      if (!(filter in FILTERS)) throw new TemplateError(`unknown filter "|${filter}" (known: ${Object.keys(FILTERS).join(', ')})`)
    }
    if (literal) parts.push(literal)
    literal = ''
    parts.push({ field, filters })
    fields.push(field)
    i = end + 1
  }
  if (literal) parts.push(literal)

  return {
    source,
    fields,
    render: (values) => {
      let out = ''
      for (const part of parts) {
        if (typeof part === 'string') {
          out += part
          continue
        }
        let value = values[part.field]?.trim()
        for (const filter of part.filters) value = value ? FILTERS[filter]?.(value, values) : undefined
        if (!value) return undefined
        out += value
      }
      return out
    },
  }
}
