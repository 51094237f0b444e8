// Compiles the statement folder (data/statements, or $CORPUS_DIR, or the first argument) into
// public/corpus/ (or $CORPUS_OUT), which Vite serves in development and copies into dist/.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { compileArchive } from '../src/build/compile-archive.ts'
import { readCorpusFolder, readTopicsFile } from '../src/corpus/read-corpus-folder.ts'
import { latestFeed } from '../src/research/search-feed.ts'
import { catalogOf } from '../src/search/search-index-build.ts'

const root = path.resolve(import.meta.dirname, '..')
const corpusDir = path.resolve(process.argv[2] ?? process.env.CORPUS_DIR ?? path.join(root, 'data/statements'))
const outDir = path.resolve(process.env.CORPUS_OUT ?? path.join(root, 'public/corpus'))

async function main() {
  const topics = await readTopicsFile(path.join(root, 'data/topics.json'))
  const { statements, problems } = await readCorpusFolder(corpusDir, topics)
  if (problems.length) {
    console.error(`✗ ${problems.length} invalid statement file(s) in ${corpusDir}:`)
    for (const p of problems) console.error(`  ${p.file}\n    ${p.messages.join('\n    ')}`)
    process.exit(1)
  }
  if (statements.length === 0) {
    console.error(`✗ no statements found in ${corpusDir}`)
    process.exit(1)
  }
  const builtAt = new Date().toISOString()
  const { manifest, files, corpus } = compileArchive(statements, topics, builtAt)

  // The folder is rebuilt whole, so no file of an older build lingers beside the new one.
  await rm(outDir, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  const folders = new Set(files.map((f) => path.dirname(path.join(outDir, f.path))))
  for (const folder of folders) await mkdir(folder, { recursive: true })
  let bytes = 0
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map((f) => {
        bytes += typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength
        return writeFile(path.join(outDir, f.path), f.content)
      }),
    )
  }
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2))

  const speakers = new Set(statements.flatMap((s) => s.speakers.map((sp) => sp.id)))
  const dates = statements.map((s) => s.date).sort()
  const sizeOf = (name: string) => {
    const content = files.find((f) => f.path === name)?.content ?? ''
    return typeof content === 'string' ? Buffer.byteLength(content) : content.length
  }
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
  console.log(
    `✓ compiled ${statements.length} statement(s) from ${path.relative(root, corpusDir) || corpusDir}` +
      ` (${speakers.size} speakers, ${dates[0]} – ${dates.at(-1)}) → ${path.relative(root, outDir)}/:` +
      ` catalog ${mb(manifest.catalogBytes)}, search index ${mb(sizeOf(manifest.search))},` +
      ` ${manifest.shardCount} posting shard(s), ${statements.length} bodies, ${mb(bytes)} in all`,
  )

  // The feed of the latest statements sits at the site root, next to the corpus folder. Feed
  // readers need absolute links: set SITE_URL to the address the archive is served from.
  const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173/'
  const feedFile = path.join(path.dirname(outDir), 'feed.xml')
  const feed = latestFeed(corpus, catalogOf(corpus), siteUrl, { updated: builtAt, selfUrl: new URL('feed.xml', siteUrl).href })
  await writeFile(feedFile, feed.xml)
  console.log(`✓ wrote the ${feed.included} latest statement(s) to ${path.relative(root, feedFile)}`)
}

main().catch((error: unknown) => {
  console.error(`✗ corpus build failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
