import type { Quote, StatementType } from '../corpus/schema.ts'

/** What a parser makes of one published item before any extraction: the format-neutral middle. */
export interface RawDocument {
  title: string
  /** YYYY-MM-DD, or YYYY-MM or YYYY when only that is known; already checked to be a real date. */
  date: string
  paragraphs: string[]
  sourceUrl?: string
  publisher?: string
  issuer?: string
  place?: string
  retrieved?: string
  /** ISO 3166-1 alpha-3 (or a code of src/corpus/countries.ts), already checked. */
  country?: string
  /** Fields a JSON record states outright; they win over anything the importer would derive. */
  given?: GivenFields
}

export interface GivenFields {
  id?: string
  type?: StatementType
  /** Resolved through the alias table like any name, so ids stay one per person. */
  speakers?: Array<{ name: string; role?: string; country?: string }>
  topics?: string[]
  quotes?: Quote[]
  synthetic?: boolean
}

/** One item of an input file: a document, or the reason it cannot become one. */
export type ParsedItem =
  | { item?: string; doc: RawDocument; reason?: undefined }
  | { item?: string; doc?: undefined; reason: string }

export const rejectItem = (reason: string, item?: string): ParsedItem =>
  item === undefined ? { reason } : { item, reason }
