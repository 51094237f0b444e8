import { describe, expect, it } from 'vitest'
import { compileArchive } from '../../../src/build/compile-archive.ts'
import { Catalog, RowNotLoaded } from '../../../src/search/catalog.ts'
import { idChunkOf, idChunks, rowChunks } from '../../../src/search/catalog-chunks.ts'
import type { CatalogHead, IdChunk, RowChunk } from '../../../src/search/index-format.ts'
import { fixtureCorpus } from '../../fixtures/corpus.ts'

// The catalog as the page gets it: a head, then rows and ids in chunks, fetched as asked for.
const corpus = fixtureCorpus(300)
const archive = compileArchive(corpus.statements, corpus.topics, '2026-01-01T00:00:00Z')
const file = (path: string) => {
  const found = archive.files.find((f) => f.path === path)
  if (!found) throw new Error(`no file ${path}`)
  return JSON.parse(found.content as string) as unknown
}
const head = file(archive.manifest.catalog) as CatalogHead

/** A catalog over the built files, counting what it fetched; `fail` makes chunk k fail once. */
function builtCatalog(fail = new Set<number>()) {
  const rowsFetched: number[] = []
  const idsFetched: number[] = []
  const catalog = new Catalog(head, {
    rows: async (k) => {
      rowsFetched.push(k)
      if (fail.delete(k)) throw new Error(`chunk ${k} failed`)
      return file(`${archive.manifest.rows}${k}.json`) as RowChunk
    },
    ids: async (k) => {
      idsFetched.push(k)
      return file(`${archive.manifest.ids}${k}.json`) as IdChunk
    },
  })
  return { catalog, rowsFetched, idsFetched }
}

describe('the catalog in chunks', () => {
  it('writes every statement once, in archive order, across the row chunks, with no text or source', () => {
    const chunks = Math.ceil(corpus.statements.length / head.rowsPerChunk)
    const rows = Array.from({ length: chunks }, (_, k) => file(`${archive.manifest.rows}${k}.json`) as RowChunk).flat()
    expect(rows.map((r) => r.id)).toEqual(archive.corpus.statements.map((s) => s.id))
    expect(rows.some((r) => 'paragraphs' in r || 'source' in r)).toBe(false)
    expect(archive.files.some((f) => f.path === `${archive.manifest.rows}${chunks}.json`)).toBe(false)
    // The head holds no statement: its size does not grow with their titles.
    expect(archive.files.find((f) => f.path === archive.manifest.catalog)?.content).not.toContain(archive.corpus.statements[0]?.title)
  })

  it('fetches only the chunks of the rows asked for, once each, and refuses a row it has not fetched', async () => {
    const { catalog, rowsFetched } = builtCatalog()
    const docs = [0, 1, head.rowsPerChunk * 3 + 2, head.rowsPerChunk * 3 + 5]
    expect(() => catalog.entry(docs[2] as number)).toThrow(RowNotLoaded)
    await Promise.all([catalog.ensure(docs), catalog.ensure(docs)])
    expect(rowsFetched.sort()).toEqual([0, 3])
    expect(catalog.entry(docs[2] as number).id).toBe(archive.corpus.statements[docs[2] as number]?.id)
    expect(catalog.isLoaded(head.rowsPerChunk)).toBe(false)
    await catalog.ensure(docs)
    expect(rowsFetched).toHaveLength(2)
    expect(() => catalog.entry(corpus.statements.length)).toThrow(/no statement number/)
  })

  it('keeps row chunks handed to it (the worker brings the first page’s) and fetches only the others', async () => {
    const { catalog, rowsFetched } = builtCatalog()
    const brought = file(`${archive.manifest.rows}1.json`) as RowChunk
    catalog.prime([{ chunk: 1, rows: brought }])
    const doc = head.rowsPerChunk + 3
    expect(catalog.entry(doc).id).toBe(archive.corpus.statements[doc]?.id)
    await catalog.ensure([doc, 0])
    expect(rowsFetched).toEqual([0])
    // A chunk already here is not replaced by a later copy.
    catalog.prime([{ chunk: 0, rows: [...brought].reverse() }])
    expect(catalog.entry(0).id).toBe(archive.corpus.statements[0]?.id)
    // One short of its rows is fetched whole instead.
    catalog.prime([{ chunk: 2, rows: (file(`${archive.manifest.rows}2.json`) as RowChunk).slice(0, 3) }])
    expect(catalog.isLoaded(head.rowsPerChunk * 2)).toBe(false)
    await catalog.ensure([head.rowsPerChunk * 2])
    expect(rowsFetched).toEqual([0, 2])
  })

  it('tries a failed chunk again on the next request', async () => {
    const { catalog, rowsFetched } = builtCatalog(new Set([2]))
    const doc = head.rowsPerChunk * 2
    await expect(catalog.ensure([doc])).rejects.toThrow(/chunk 2 failed/)
    await catalog.ensure([doc])
    expect(rowsFetched).toEqual([2, 2])
    expect(catalog.entry(doc).id).toBe(archive.corpus.statements[doc]?.id)
  })

  it('finds any statement by its id in one id chunk, and says when no statement has it', async () => {
    const { catalog, idsFetched } = builtCatalog()
    for (const doc of [0, 137, corpus.statements.length - 1]) {
      expect(await catalog.findDoc(archive.corpus.statements[doc]?.id as string)).toBe(doc)
    }
    expect(await catalog.findDoc('0000-not-a-statement')).toBeUndefined()
    expect(await catalog.findDoc('zzzz-not-a-statement')).toBeUndefined()
    // 300 ids fit one chunk: asked once, however many lookups.
    expect(new Set(idsFetched).size).toBe(idsFetched.length)
  })

  it('tells the ids of a few statements from their rows, and of many from the id chunks', async () => {
    const few = builtCatalog()
    expect(await few.catalog.idsFor([5, 2])).toEqual([5, 2].map((doc) => archive.corpus.statements[doc]?.id))
    expect(few.idsFetched).toEqual([])
    const many = builtCatalog()
    const every = archive.corpus.statements.map((_, doc) => doc).reverse()
    expect(await many.catalog.idsFor(every)).toEqual(every.map((doc) => archive.corpus.statements[doc]?.id))
    // Not a row of each of 301 statements: the one id chunk.
    expect(many.rowsFetched).toEqual([])
    expect(many.idsFetched).toEqual([0])
  })

  it('looks an id up in the chunk whose range holds it', () => {
    const entries = ['d', 'a', 'f', 'b', 'e', 'c', 'g'].map((id) => ({ id }))
    const { idStarts, chunks } = idChunks(entries, 3)
    expect(idStarts).toEqual(['a', 'd', 'g'])
    expect(chunks[1]).toEqual([['d', 0], ['e', 4], ['f', 2]])
    expect(['0', 'a', 'c', 'cz', 'd', 'f', 'g', 'zz'].map((id) => idChunkOf(idStarts, id))).toEqual([-1, 0, 0, 0, 1, 1, 2, 2])
    expect(rowChunks(archive.corpus.statements.slice(0, 5) as never, 2).map((c) => c.length)).toEqual([2, 2, 1])
  })
})
