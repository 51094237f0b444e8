// Writes a seeded synthetic corpus (fictional speakers, marked synthetic) for tests and
// benchmarks: npm run synthetic -- --count 1000 --seed 7 --out .tmp/synthetic-1000
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { generateSyntheticStatements } from '../src/corpus/synthetic.ts'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
})
const root = path.resolve(import.meta.dirname, '..')
if (!values.out) {
  console.error('✗ --out <folder> is required')
  process.exit(2)
}
const out = path.resolve(values.out)
const canonical = path.join(root, 'data')
if (out === canonical || out.startsWith(canonical + path.sep)) {
  console.error('✗ synthetic statements never go into data/: choose another --out folder')
  process.exit(2)
}
const statements = generateSyntheticStatements({ count: Number(values.count), seed: Number(values.seed) })
await mkdir(out, { recursive: true })
for (const s of statements) await writeFile(path.join(out, `${s.id}.json`), JSON.stringify(s, null, 2) + '\n')
console.log(`✓ wrote ${statements.length} synthetic statement(s) to ${out}`)
