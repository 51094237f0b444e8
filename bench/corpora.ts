import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { archiveCorpus } from '../src/corpus/archive-order.ts'
import type { CompiledCorpus } from '../src/corpus/schema.ts'
import { readCorpusFolder, readTopicsFile } from '../src/corpus/read-corpus-folder.ts'
import { generateSyntheticStatements } from '../src/corpus/synthetic.ts'
import { importPaths } from '../src/importer/import-files.ts'

// The corpora the bench runs on: seeded synthetic ones (fictional speakers only) and real
// folders imported on the fly with the project's importer. An import of the briefings takes
// about a minute, so its output is kept in .tmp/bench-corpora/<name>/ (gitignored, outside
// data/) and reused while the source folder is unchanged; --reimport forces a fresh one.

const root = path.resolve(import.meta.dirname, '..')

export interface BenchCorpus {
  name: string
  corpus: CompiledCorpus
}

async function topics() {
  return readTopicsFile(path.join(root, 'data/topics.json'))
}

export async function syntheticCorpus(count: number): Promise<BenchCorpus> {
  const t = await topics()
  return {
    name: `synthetic-${count >= 1000 ? `${count / 1000}k` : count}`,
    corpus: archiveCorpus(generateSyntheticStatements({ count, seed: 7 }), t),
  }
}

export async function exists(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory()
  } catch {
    return false
  }
}

export async function realCorpus(folder: string, options: { reimport?: boolean; log: (line: string) => void }): Promise<BenchCorpus> {
  const name = path.basename(path.resolve(folder))
  const work = path.join(root, '.tmp/bench-corpora', name)
  const target = path.join(work, 'statements')
  const stamp = path.join(work, 'imported-from.json')
  const source = path.resolve(folder)
  const sourceTime = (await stat(source)).mtimeMs
  let fresh: boolean
  try {
    const saved = JSON.parse(await readFile(stamp, 'utf8')) as { source: string; mtimeMs: number }
    fresh = saved.source === source && saved.mtimeMs === sourceTime
  } catch {
    fresh = false
  }
  if (!fresh || options.reimport) {
    options.log(`importing ${source} into ${path.relative(root, target)} (about a minute for 15,000 files)…`)
    await mkdir(work, { recursive: true })
    // The importer grows its alias table; a copy keeps data/speakers.json untouched.
    const speakersFile = path.join(work, 'speakers.json')
    await copyFile(path.join(root, 'data/speakers.json'), speakersFile)
    const report = await importPaths([source], {
      to: target,
      speakersFile,
      topicsFile: path.join(root, 'data/topics.json'),
    })
    options.log(`imported ${report.imported + report.updated + report.unchanged} statements (${report.rejected.length} rejected, ${report.duplicates.length} duplicates) in ${(report.elapsedMs / 1000).toFixed(1)} s`)
    await writeFile(stamp, JSON.stringify({ source, mtimeMs: sourceTime }))
  } else {
    options.log(`reusing the import of ${source} in ${path.relative(root, target)} (--reimport to redo it)`)
  }
  const t = await topics()
  const { statements, problems } = await readCorpusFolder(target, t)
  if (problems.length) options.log(`${problems.length} imported files did not validate; left out`)
  return {
    name,
    corpus: archiveCorpus(statements, t),
  }
}
