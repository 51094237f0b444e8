// The layer rule in eslint.config.js (import-x/no-restricted-paths): lints virtual files that
// import real modules, so a resolver that resolved nothing would fail these tests, not pass them.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint, type Linter } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

// Real files the virtual ones import. If one of them moves, these tests fail here first.
const imported = ['src/search/ranker.ts', 'src/search/tokenize.ts', 'src/features/search/search-page.tsx']

let eslint: ESLint

async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result?.messages ?? []
}

const ruleIds = (messages: Linter.LintMessage[]) => messages.map((message) => message.ruleId)

describe('lint: import direction between layers', { timeout: 60_000 }, () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root })
  })

  it('imports real files', () => {
    for (const file of imported) expect(existsSync(path.join(root, file)), file).toBe(true)
  })

  it('rejects src/lib importing src/search', async () => {
    const messages = await lint('src/lib/example.ts', "import * as ranker from '../search/ranker.ts'\nexport const used = ranker\n")
    expect(ruleIds(messages)).toContain('import-x/no-restricted-paths')
    expect(messages.find((m) => m.ruleId === 'import-x/no-restricted-paths')?.message).toContain('src/lib imports nothing of the domain')
  })

  it('rejects a type-only import across layers too', async () => {
    const messages = await lint('src/lib/example.ts', "import type * as ranker from '../search/ranker.ts'\nexport type Used = typeof ranker\n")
    expect(ruleIds(messages)).toContain('import-x/no-restricted-paths')
  })

  it('rejects src/corpus importing src/features', async () => {
    const messages = await lint(
      'src/corpus/example.ts',
      "import * as page from '../features/search/search-page.tsx'\nexport const used = page\n",
    )
    expect(ruleIds(messages)).toContain('import-x/no-restricted-paths')
    expect(messages.find((m) => m.ruleId === 'import-x/no-restricted-paths')?.message).toContain('src/corpus may import only src/lib')
  })

  it('accepts src/features importing src/search', async () => {
    const messages = await lint('src/features/example.ts', "import * as tokenize from '../search/tokenize.ts'\nexport const used = tokenize\n")
    // No import-x message at all: in particular no no-unresolved, so the import was resolved and
    // the layer rule did look at it.
    expect(ruleIds(messages).filter((id) => id?.startsWith('import-x/'))).toEqual([])
    expect(messages.filter((m) => m.fatal)).toEqual([])
  })
})
