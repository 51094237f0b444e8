// npx tsx bench/browser/typing-requests.ts <dist> [<dist> …] [--runs 3] [--profile mobile]
// What typing the bench's query fetches: each build (a folder as `npm run build` leaves it,
// corpus included or linked) loaded at /, the query typed at 70 ms a key, and the requests that
// finished, their bytes on the wire and the requests stopped, from the first key to the final
// results (the count names the query and the results section is no longer busy). Builds take
// turns, so that two of them are compared on the same machine at the same time.
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { serveStatic } from '../../scripts/lib/serve-static.ts'
import { applyProfile, PROFILES } from './profiles.ts'
import { typeUntilFinalResults, watchFinalResults } from './typed-query.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, profile: { type: 'string', default: 'mobile' } },
})
const profile = PROFILES.find((p) => p.name === values.profile)
if (positionals.length < 1 || !profile) {
  console.error(`usage: typing-requests.ts <dist> [...] [--runs n] [--profile ${PROFILES.map((p) => p.name).join('|')}]`)
  process.exit(2)
}
const servers = await Promise.all(positionals.map((dist) => serveStatic(dist)))
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  for (let round = 0; round < Number(values.runs); round++) {
    for (const [i, { url }] of servers.entries()) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await applyProfile(await context.newCDPSession(page), profile)
      await page.goto(`${url}/`)
      const box = page.getByRole('searchbox', { name: /Search .* statements/ })
      // As the bench starts typing: once the page shows its first rows (the latest statements).
      await page.locator('.result').first().waitFor({ state: 'attached', timeout: 120_000 })
      await watchFinalResults(page)
      let counting = false
      let stopped = 0
      const sizes: Array<Promise<number>> = []
      const kinds = new Map<string, number>()
      context.on('requestfinished', (request) => {
        if (!counting) return
        // /corpus/<kind>/…: shards, vocabulary, rows, bodies; else /assets and the like.
        const [, top, kindOfFile] = new URL(request.url()).pathname.split('/')
        const kind = (top === 'corpus' ? kindOfFile : top) ?? 'other'
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize))
      })
      context.on('requestfailed', () => void (counting && stopped++))
      await box.click()
      counting = true
      const marks = await typeUntilFinalResults(page, box, 120_000)
      counting = false
      const bytes = (await Promise.all(sizes)).reduce((a, n) => a + n, 0)
      const byKind = [...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')
      console.log(
        `${positionals[i]} · ${profile.name}: final results ${Math.round(marks.finalAt - marks.lastKey)} ms after the last key; ` +
          `${sizes.length} requests (${byKind}), ${Math.round(bytes / 1024)} kB; ${stopped} stopped`,
      )
      await context.close()
    }
  }
} finally {
  await browser.close()
  for (const { server } of servers) server.close()
}
