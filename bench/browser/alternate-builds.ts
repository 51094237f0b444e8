// npx tsx bench/browser/alternate-builds.ts <dist> <dist> [<dist> …] [--runs 9] [--profile localhost] [--path /?q=cybersecurity]
// Two or more builds of the site (each a folder as `npm run build` leaves it, corpus included or
// linked), loaded in turn, cold, in fresh contexts, the order reversed every other round: on a
// shared machine whose speed drifts by a quarter within minutes, that is how a change of 50 ms
// shows at all. Prints each build's median time to the frame that paints the first result.
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { serveStatic } from '../../scripts/lib/serve-static.ts'
import { firstResultsOf } from './first-results.ts'
import { applyProfile, PROFILES } from './profiles.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '9' },
    profile: { type: 'string', default: 'localhost' },
    path: { type: 'string', default: '/?q=cybersecurity' },
  },
})
const profile = PROFILES.find((p) => p.name === values.profile)
if (positionals.length < 2 || !profile) {
  console.error(`usage: alternate-builds.ts <dist> <dist> [...] [--runs n] [--profile ${PROFILES.map((p) => p.name).join('|')}] [--path /?q=…]`)
  process.exit(2)
}
const runs = Math.max(1, Number(values.runs))
const servers = await Promise.all(positionals.map((dist) => serveStatic(dist)))
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const times = positionals.map((): number[] => [])
try {
  for (let round = 0; round < runs; round++) {
    const order = positionals.map((_, i) => i)
    if (round % 2) order.reverse()
    for (const i of order) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await applyProfile(await context.newCDPSession(page), profile)
      const painted = await firstResultsOf(page)
      await page.goto(`${servers[i]!.url}${values.path}`)
      times[i]!.push(await painted(60_000))
      await context.close()
    }
  }
} finally {
  await browser.close()
  for (const { server } of servers) server.close()
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number
positionals.forEach((dist, i) => {
  console.log(`${profile.name} ${values.path} ${dist}: median ${Math.round(median(times[i]!))} ms [${times[i]!.map(Math.round).join(' ')}]`)
})
