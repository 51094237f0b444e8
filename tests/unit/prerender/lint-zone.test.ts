// The prerender's place in the layers (eslint.config.js): it renders the app at build time, so
// it may import the app files and every layer, and nothing of the page may import it.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint, type Linter } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))
let eslint: ESLint

async function importRules(file: string, code: string): Promise<Array<string | null>> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  const messages: Linter.LintMessage[] = result?.messages ?? []
  expect(messages.filter((m) => m.fatal)).toEqual([])
  return messages.map((m) => m.ruleId).filter((id) => id?.startsWith('import-x/') ?? false)
}

describe('lint: src/prerender', { timeout: 60_000 }, () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root })
  })

  it('may import the app files and the layers', async () => {
    expect(await importRules('src/prerender/example.ts', "import { createAppRouter } from '../router.tsx'\nimport { Catalog } from '../search/catalog.ts'\nexport const used = [createAppRouter, Catalog]\n")).toEqual([])
  })

  it('is never imported by an app file', async () => {
    expect(await importRules('src/example.ts', "import { prerenderSite } from './prerender/prerender-site.ts'\nexport const used = prerenderSite\n")).toContain('import-x/no-restricted-paths')
  })

  it('is never imported by a layer', async () => {
    expect(await importRules('src/features/example.ts', "import { headMarkup } from '../prerender/page-head.tsx'\nexport const used = headMarkup\n")).toContain('import-x/no-restricted-paths')
  })
})
