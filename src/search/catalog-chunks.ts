import { compareTerms, runOf, type CatalogEntry, type IdChunk } from './index-format.ts'

// How the catalog is cut into files a page fetches a few at a time: rows by document number,
// ids by their sorted order. Pure, so that the build that cuts and the page that looks up
// agree by construction.

/**
 * Statements per row chunk. Documents are numbered newest first, so a date-sorted page of ten
 * results sits in one or two chunks, and a relevance-sorted page, scattered over the years, in
 * up to ten. Eight rows are about 600 bytes brotli: measured on the combined archive, chunks of
 * sixteen cost a relevance-sorted first page twice the bytes, for rows it did not show.
 */
export const ROWS_PER_CHUNK = 8

/**
 * Ids per id chunk. Only a statement page opened by its URL looks an id up, once; a chunk of
 * 1,024 White House ids is about 15 kB brotli.
 */
export const IDS_PER_CHUNK = 1024

export function chunkOfDoc(doc: number, rowsPerChunk: number): number {
  return Math.floor(doc / rowsPerChunk)
}

/** The row chunks of an archive's entries, in document order. */
export function rowChunks(entries: readonly CatalogEntry[], rowsPerChunk = ROWS_PER_CHUNK): CatalogEntry[][] {
  const chunks: CatalogEntry[][] = []
  for (let at = 0; at < entries.length; at += rowsPerChunk) chunks.push(entries.slice(at, at + rowsPerChunk))
  return chunks
}

/** The id chunks of an archive, and the first id of each: what the catalog head carries. */
export function idChunks(entries: readonly Pick<CatalogEntry, 'id'>[], idsPerChunk = IDS_PER_CHUNK): { idStarts: string[]; chunks: IdChunk[] } {
  const sorted: IdChunk = entries.map((e, doc): [string, number] => [e.id, doc]).sort((a, b) => compareTerms(a[0], b[0]))
  const chunks: IdChunk[] = []
  for (let at = 0; at < sorted.length; at += idsPerChunk) chunks.push(sorted.slice(at, at + idsPerChunk))
  return { idStarts: chunks.map((c) => (c[0] as [string, number])[0]), chunks }
}

/** The id chunk an id would be in: the last one starting at or before it; -1 before the first. */
export function idChunkOf(idStarts: readonly string[], id: string): number {
  return runOf(idStarts, id)
}
