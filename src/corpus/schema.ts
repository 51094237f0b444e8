import { z } from 'zod'
import { SLUG, STATEMENT_ID } from '../lib/slug.ts'
import { isKnownCountry } from './countries.ts'
import { isPartialDate, isRealDate } from './partial-date.ts'
import { STATEMENT_TYPES } from './statement-types.ts'

// Node-side modules (build, importer) take the plain constants from here too.
export { STATEMENT_TYPES, TYPE_LABELS, type StatementType } from './statement-types.ts'

// The canonical statement format. Every file in data/statements/ must satisfy it; the corpus
// build, the importer and the app all derive their types from here.

export const statementTypeSchema = z.enum(STATEMENT_TYPES)

const slug = z.string().regex(SLUG, 'must be a lowercase slug of letters, digits and hyphens')

/** A calendar date that really exists: 2016-02-30 is rejected, not rolled over. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in the form YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date')

/** A statement's date as known: YYYY-MM-DD, YYYY-MM or YYYY (partial-date.ts). */
export const statementDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date in the form YYYY-MM-DD, or YYYY-MM or YYYY when only the month or the year is known')
  .refine(isPartialDate, 'is not a real calendar date')

/** ISO 3166-1 alpha-3, or a code of the table of historical states and organisations. */
export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2,4}$/, 'must be an ISO 3166-1 alpha-3 code in capitals, like EST')
  .refine(isKnownCountry, 'is not a country code this archive knows (src/corpus/countries.ts)')


export const speakerRefSchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1),
  role: z.string().trim().min(1).optional(),
})

export const quoteSchema = z.strictObject({
  speaker: slug,
  text: z.string().trim().min(1),
  paragraph: z.number().int().nonnegative(),
})

export const sourceSchema = z.strictObject({
  url: z.url().optional(),
  publisher: z.string().trim().min(1).optional(),
  retrieved: isoDateSchema.optional(),
})

export const statementSchema = z
  .strictObject({
    id: z
      .string()
      .regex(STATEMENT_ID, 'must be a slug YYYY-MM-DD-words-of-the-title'),
    date: statementDateSchema,
    title: z.string().trim().min(1),
    type: statementTypeSchema,
    speakers: z.array(speakerRefSchema),
    issuer: z.string().trim().min(1).optional(),
    /** The state or organisation on whose behalf it was given. */
    country: countrySchema.optional(),
    topics: z.array(slug),
    place: z.string().trim().min(1).optional(),
    source: sourceSchema.optional(),
    paragraphs: z.array(z.string()).min(1, 'must hold at least one paragraph'),
    quotes: z.array(quoteSchema).optional(),
    synthetic: z.boolean().optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.id.startsWith(`${s.date}-`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `must start with the date ${s.date}` })
    }
    s.quotes?.forEach((q, i) => {
      if (q.paragraph >= s.paragraphs.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i, 'paragraph'],
          message: `points past the last paragraph (${s.paragraphs.length - 1})`,
        })
      }
      if (!s.speakers.some((sp) => sp.id === q.speaker)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i, 'speaker'],
          message: `"${q.speaker}" is not one of the statement's speakers`,
        })
      }
    })
    const seen = new Set<string>()
    s.speakers.forEach((sp, i) => {
      if (seen.has(sp.id)) {
        ctx.addIssue({ code: 'custom', path: ['speakers', i, 'id'], message: `repeats "${sp.id}"` })
      }
      seen.add(sp.id)
    })
  })

export type Statement = z.infer<typeof statementSchema>
export type SpeakerRef = z.infer<typeof speakerRefSchema>
export type Quote = z.infer<typeof quoteSchema>

export const topicSchema = z.strictObject({
  id: slug,
  label: z.string().trim().min(1),
  description: z.string().trim().min(1),
  // Rules the importer uses to tag statements; the app ignores them.
  match: z
    .strictObject({
      phrases: z.array(z.string().min(1)).default([]),
      caseSensitive: z.array(z.string().min(1)).default([]),
    })
    .optional(),
})
export const topicsFileSchema = z.array(topicSchema)
export type Topic = z.infer<typeof topicSchema>

/** What the corpus build emits and the app loads. */
export interface CompiledCorpus {
  statements: Statement[]
  topics: Array<Pick<Topic, 'id' | 'label' | 'description'>>
}

/** The small file fetched first; it names the content-hashed files of one build. */
export interface CorpusManifest {
  version: 4
  statements: number
  builtAt: string
  /** The catalog's head, for the page: `CatalogHead`. */
  catalog: string
  /** Its size before compression, so loading can show progress. */
  catalogBytes: number
  /** Folder of row chunks (`RowChunk`): `${rows}${k}.json`. */
  rows: string
  /** Statements per row chunk, as in the catalog's head: for the search worker, which reads no head. */
  rowsPerChunk: number
  /** Folder of id chunks (`IdChunk`): `${ids}${k}.json`. */
  ids: string
  /** Facets and vocabulary, for the search worker: `SearchFile`. */
  search: string
  /** Folder of the vocabulary's files, `index.json` first (vocabulary-files.ts). */
  vocabulary: string
  /** Folder of the posting shards: `${shards}${n}.bin`, n from 0 to shardCount − 1. */
  shards: string
  shardCount: number
  /** Folder of statement bodies (text, quotes, source): `${bodies}${doc}.json`. */
  bodies: string
  /** Folder of profile files (`ProfileFile`): `${profiles}${facet}/${id}.json`. */
  profiles: string
}

/** Turns a zod error into "field.path: message" lines a person can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(file)'
    return `${path}: ${issue.message}`
  })
}
