import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { generateSyntheticStatements } from '../../src/corpus/synthetic.ts'
import { HOSTILE_STATEMENTS } from '../fixtures/hostile-statements.ts'

// Browser tests run against the real production build, served on localhost, with a corpus of
// the real statements in data/statements plus a seeded synthetic crowd (fictional speakers)
// and a few fictional statements full of markup and script that must stay inert.
const root = path.resolve(import.meta.dirname, '../..')
const work = path.join(root, '.tmp/browser')
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
  cpSync(path.join(root, 'data/statements'), corpusDir, { recursive: true })
  for (const s of [...generateSyntheticStatements({ count: 120, seed: 11 }), ...HOSTILE_STATEMENTS]) {
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
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('the preview server did not report a URL')
  project.provide('baseUrl', url.replace(/\/$/, ''))
  return async () => {
    await server.close()
  }
}
