// tsx bench/profile-bytes.ts <built corpus folder>: what the pages of the three speakers with the
// most statements fetch of the catalog, as they do now (their profile file and the row files of
// the first 25 statements listed) and as they did before profile files (the row files holding
// every one of their statements). Brotli sizes, as served.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
const corpus = process.argv[2]
if (!corpus) throw new Error('usage: tsx bench/profile-bytes.ts <built corpus folder, e.g. dist/corpus>')
const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8'))
const head = JSON.parse(readFileSync(path.join(corpus, manifest.catalog), 'utf8'))
const per = head.rowsPerChunk as number
const chunks = Math.ceil(head.statements / per)
const bySpeaker = new Map<string, number[]>()
const br = (f: string) => (existsSync(f + '.br') ? statSync(f + '.br').size : statSync(f).size)
for (let k = 0; k < chunks; k++) {
  const rows = JSON.parse(readFileSync(path.join(corpus, `${manifest.rows}${k}.json`), 'utf8')) as Array<{ speakers: Array<{ id: string }> }>
  rows.forEach((row, i) => {
    for (const sp of new Set(row.speakers.map((s) => s.id))) {
      if (!bySpeaker.has(sp)) bySpeaker.set(sp, [])
      bySpeaker.get(sp)!.push(k * per + i)
    }
  })
}
const top = [...bySpeaker].sort((a, b) => b[1].length - a[1].length).slice(0, 3)
for (const [id, docs] of top) {
  const all = new Set(docs.map((d) => Math.floor(d / per)))
  const first = new Set(docs.slice(0, 25).map((d) => Math.floor(d / per)))
  const size = (set: Set<number>) => [...set].reduce((n, k) => n + br(path.join(corpus, `${manifest.rows}${k}.json`)), 0)
  const profile = br(path.join(corpus, `${manifest.profiles}speaker/${id}.json`))
  console.log(`${id}: ${docs.length} statements; before: ${all.size} row files, ${(size(all) / 1024).toFixed(0)} kB brotli; now: profile file ${(profile / 1024).toFixed(1)} kB + ${first.size} row files ${(size(first) / 1024).toFixed(1)} kB`)
}
