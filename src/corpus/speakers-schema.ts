import { z } from 'zod'
import { SLUG } from '../lib/slug.ts'

// data/speakers.json: the editable alias table. One entry per person; the importer resolves every
// name it meets against `name` and `aliases`, and appends people and forms it has not seen.

const slug = z.string().regex(SLUG, 'must be a lowercase slug of letters, digits and hyphens')

export const speakerEntrySchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  roles: z.array(z.string().trim().min(1)).default([]),
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

export const speakersFileSchema = z.array(speakerEntrySchema).superRefine((entries, ctx) => {
  const ids = new Set<string>()
  // An alias owned by two people would make resolution depend on file order.
  const owners = new Map<string, string>()
  entries.forEach((entry, i) => {
    if (ids.has(entry.id)) {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `repeats "${entry.id}"` })
    }
    ids.add(entry.id)
    for (const form of [entry.name, ...entry.aliases]) {
      const key = aliasKey(form)
      const owner = owners.get(key)
      if (owner !== undefined && owner !== entry.id) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'aliases'],
          message: `"${form}" already names "${owner}"`,
        })
      }
      owners.set(key, entry.id)
    }
  })
})

export type SpeakerEntry = z.infer<typeof speakerEntrySchema>
