// npm start [-- path/to/folder]: compiles the corpus (data/statements by default), builds the
// app and serves it on localhost.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const folder = process.argv[2]
const env = { ...process.env }
if (folder) env.CORPUS_DIR = path.resolve(folder)

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const bin = (name) => path.join('node_modules', '.bin', name)
run(bin('tsx'), ['scripts/build-corpus.ts'])
run(bin('vite'), ['build', '--logLevel', 'warn'])
const port = process.env.PORT ?? '4173'
console.log(`\nServing the archive at http://localhost:${port}/  (Ctrl+C to stop)\n`)
run(bin('vite'), ['preview', '--port', port, '--strictPort'])
