// @vitest-environment node
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO, SEED_TEXT, TOPICS_FILE, sandbox, type Sandbox } from './fixtures.ts'

let box: Sandbox
afterEach(() => box?.cleanup())

// The tsx loader by absolute URL: the child runs in a temporary folder with no node_modules.
const TSX = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', TSX, path.join(REPO, 'scripts/import.ts'), ...args, '--to', box.target, '--speakers', box.speakersFile, '--topics', TOPICS_FILE], {
    cwd: box.root,
    encoding: 'utf8',
  })

describe('scripts/import.ts', { timeout: 30_000 }, () => {
  it('exits 0 when everything imported and prints a summary', () => {
    box = sandbox()
    box.write('seed.txt', SEED_TEXT)
    const result = cli(box.input)
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/new 1 · updated 0 · unchanged 0/)
    expect(result.stderr).toMatch(/Marina Kaljurand 1/)
    expect(fs.readdirSync(box.target)).toHaveLength(1)
  })

  it('exits 1 and names the file when something was rejected, still importing the rest', () => {
    box = sandbox()
    box.write('seed.txt', SEED_TEXT)
    box.write('empty.md', '')
    const result = cli(box.input)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/empty\.md: empty file/)
    expect(fs.readdirSync(box.target)).toHaveLength(1)
  })

  it('exits 2 with usage when given nothing to import', () => {
    box = sandbox()
    const result = cli()
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/Usage: npm run import/)
  })
})
