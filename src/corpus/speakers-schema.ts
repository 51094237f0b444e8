import { z } from 'zod'
import { SLUG } from '../lib/slug.ts'
import { countrySchema } from './schema.ts'

// data/speakers.json: the editable alias table. One entry per person; the importer resolves every
// name it meets against `name` and `aliases`, and appends people and forms it has not seen.
// `countries` are the states a person spoke for (ISO 3166-1 alpha-3, src/corpus/countries.ts):
// they keep apart people the records name alike, such as "Mr. Barrow" of Belize and of Barbados.

const slug = z.string().regex(SLUG, 'must be a lowercase slug of letters, digits and hyphens')

export const speakerEntrySchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  roles: z.array(z.string().trim().min(1)).default([]),
  countries: z.array(countrySchema).optional(),
})

/** Folds case, accents and spacing so "President  Biden" and "president biden" are one alias. */
export function aliasKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * Whether two people may be named by the same form: only when their countries tell them apart,
 * that is when they have none in common and at most one of them has none recorded.
 */
export function mayShareForm(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const left = a ?? []
  const right = b ?? []
  if (left.length === 0 && right.length === 0) return false
  return !left.some((country) => right.includes(country))
}

export const speakersFileSchema = z.array(speakerEntrySchema).superRefine((entries, ctx) => {
  const ids = new Set<string>()
  // An alias owned by two people would make resolution depend on file order, unless the
  // country of the statement decides between them.
  const owners = new Map<string, Array<{ id: string; countries: readonly string[] | undefined }>>()
  entries.forEach((entry, i) => {
    if (ids.has(entry.id)) {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `repeats "${entry.id}"` })
    }
    ids.add(entry.id)
    for (const form of [entry.name, ...entry.aliases]) {
      const key = aliasKey(form)
      const others = owners.get(key) ?? []
      const clash = others.find((o) => o.id !== entry.id && !mayShareForm(o.countries, entry.countries))
      if (clash) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'aliases'],
          message: `"${form}" already names "${clash.id}" (people may share a name only when their countries differ)`,
        })
      }
      if (!others.some((o) => o.id === entry.id)) others.push({ id: entry.id, countries: entry.countries })
      owners.set(key, others)
    }
  })
})

export type SpeakerEntry = z.infer<typeof speakerEntrySchema>
