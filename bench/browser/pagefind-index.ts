// Pagefind as the bench's peer: the same statements indexed through Pagefind's Node API, one
// custom record each (title, text, and speaker, type and year as filters), no HTML pages.
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'

interface StatementFile {
  id: string
  date: string
  title: string
  type: string
  speakers: Array<{ name: string }>
  paragraphs: string[]
}

export async function buildPagefindIndex(statementsDir: string, outDir: string): Promise<{ records: number; elapsedMs: number }> {
  const started = performance.now()
  await rm(outDir, { recursive: true, force: true })
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  const files = (await readdir(statementsDir)).filter((f) => f.endsWith('.json'))
  let records = 0
  // A few at a time: the Pagefind service takes records over a pipe, one by one anyway.
  for (let i = 0; i < files.length; i += 32) {
    await Promise.all(
      files.slice(i, i + 32).map(async (file) => {
        const s = JSON.parse(await readFile(path.join(statementsDir, file), 'utf8')) as StatementFile
        const response = await index.addCustomRecord({
          url: `/statements/${s.id}`,
          content: `${s.title}\n${s.paragraphs.join('\n')}`,
          language: 'en',
          meta: { title: s.title },
          filters: { speaker: s.speakers.map((sp) => sp.name), type: [s.type], year: [s.date.slice(0, 4)] },
        })
        if (response.errors.length) throw new Error(`Pagefind rejected ${file}: ${response.errors.join('; ')}`)
        records++
      }),
    )
  }
  const written = await index.writeFiles({ outputPath: outDir })
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  await pagefind.close()
  return { records, elapsedMs: performance.now() - started }
}
