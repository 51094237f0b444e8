import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { compressSite } from '../../scripts/compress.ts'
import { serveStatic } from '../../scripts/lib/serve-static.ts'
import { generateSyntheticStatements } from '../../src/corpus/synthetic.ts'
import { seedStatement } from '../fixtures/corpus.ts'
import { HOSTILE_STATEMENTS } from '../fixtures/hostile-statements.ts'
import { PARTIAL_DATE_STATEMENTS } from '../fixtures/partial-date-statements.ts'

// Browser tests run against the real production build, served on localhost, with the tests'
// own corpus: a copy of the seed, a seeded synthetic crowd (fictional speakers), a few
// fictional statements full of markup and script that must stay inert, and a few dated only to
// the year or the month. Never data/statements,
// whose starter collection may grow.
const root = path.resolve(import.meta.dirname, '../..')
// BROWSER_TEST_WORK gives a run a folder of its own, so that two runs at once never share one.
const work = path.resolve(root, process.env.BROWSER_TEST_WORK ?? '.tmp/browser')
const corpusDir = path.join(work, 'statements')
const outDir = path.join(work, 'dist')

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject) {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(corpusDir, { recursive: true })
  for (const s of [seedStatement, ...generateSyntheticStatements({ count: 120, seed: 11 }), ...HOSTILE_STATEMENTS, ...PARTIAL_DATE_STATEMENTS]) {
    writeFileSync(path.join(corpusDir, `${s.id}.json`), JSON.stringify(s))
  }
  const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
  execFileSync(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  rmSync(path.join(outDir, 'corpus'), { recursive: true, force: true })
  execFileSync(bin('tsx'), ['scripts/build-corpus.ts', corpusDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CORPUS_OUT: path.join(outDir, 'corpus') },
  })
  // Every statement, speaker, topic and country page as a file, as `npm run build` writes them.
  execFileSync(bin('tsx'), ['scripts/prerender.ts', outDir], { cwd: root, stdio: 'inherit' })
  // Served precompressed, brotli or gzip, as `npm start` serves the site.
  await compressSite(outDir)
  const { url, server } = await serveStatic(outDir)
  project.provide('baseUrl', url)
  return () => new Promise<void>((resolve) => server.close(() => resolve()))
}
