// npm run feed -- "<search URL>" [--out feed.xml]: an Atom feed of the newest statements that
// match a search, to follow it in a feed reader. The corpus is read from data/statements, or
// $CORPUS_DIR, and checked as strictly as the build does.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { archiveCorpus } from '../src/corpus/archive-order.ts'
import { readCorpusFolder, readTopicsFile } from '../src/corpus/read-corpus-folder.ts'
import { feedForSearch } from '../src/research/search-feed.ts'
import { catalogOf } from '../src/search/search-index-build.ts'
import { inMemoryRanker } from '../src/search/in-memory-ranker.ts'

const root = path.resolve(import.meta.dirname, '..')

function usage(message: string): never {
  console.error(`✗ ${message}\n  usage: npm run feed -- "http://localhost:4173/?q=cyber&topic=eu-nato" [--out feed.xml]`)
  process.exit(2)
}

async function main() {
  let out = 'feed.xml'
  let searchUrl: string | undefined
  const args = process.argv.slice(2)
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--out') {
      const next = args[++i]
      if (!next) usage('--out needs a file name')
      out = next
    } else if (arg.startsWith('--')) usage(`unknown option ${arg}`)
    else if (searchUrl === undefined) searchUrl = arg
    else usage('give one search address, in quotes')
  }
  if (!searchUrl) usage('give the address of a search')
  try {
    new URL(searchUrl, 'http://localhost:4173/')
  } catch {
    usage(`"${searchUrl}" is not an address`)
  }

  const corpusDir = path.resolve(process.env.CORPUS_DIR ?? path.join(root, 'data/statements'))
  const topics = await readTopicsFile(path.join(root, 'data/topics.json'))
  const { statements, problems } = await readCorpusFolder(corpusDir, topics)
  if (problems.length) {
    console.error(`✗ ${problems.length} invalid statement file(s) in ${corpusDir}; run npm run build:corpus for details`)
    process.exit(1)
  }
  // The archive as the build orders it, so document numbers mean the same as in the app.
  const corpus = archiveCorpus(statements, topics)
  const ranker = inMemoryRanker(corpus)
  const source = { corpus, catalog: catalogOf(corpus), search: ranker.search.bind(ranker) }
  const feed = feedForSearch(source, searchUrl, { updated: new Date().toISOString() })
  for (const p of feed.ignored) console.error(`  ignored ${p.param} “${p.value}”: ${p.reason}`)
  const file = path.resolve(out)
  await writeFile(file, feed.xml)
  console.log(`✓ wrote ${feed.included} of ${feed.total} matching statement(s) to ${path.relative(process.cwd(), file) || file}`)
}

main().catch((error: unknown) => {
  console.error(`✗ feed failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
