// npm start [-- path/to/folder]: compiles the corpus (data/statements by default), builds the
// app, writes brotli and gzip copies of every file and serves the built site on localhost as a
// static host would (scripts/lib/serve-static.ts).
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { compressSite, describeCompression } from './compress.ts'
import { serveStatic } from './lib/serve-static.ts'

const root = path.resolve(import.meta.dirname, '..')
const folder = process.argv[2]
const env = { ...process.env, ...(folder ? { CORPUS_DIR: path.resolve(folder) } : {}) }
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

try {
  execFileSync(bin('tsx'), ['scripts/build-corpus.ts'], { cwd: root, env, stdio: 'inherit' })
  execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' })
  execFileSync(bin('tsx'), ['scripts/prerender.ts'], { cwd: root, env, stdio: 'inherit' })
  console.log(describeCompression(await compressSite(path.join(root, 'dist')), 'dist'))
} catch {
  process.exit(1)
}
const port = Number(process.env.PORT ?? 4173)
const { url } = await serveStatic(path.join(root, 'dist'), port).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `✗ port ${port} is in use; try PORT=4174 npm start` : `✗ ${error.message}`)
  process.exit(1)
})
console.log(`\nServing the archive at ${url.replace('127.0.0.1', 'localhost')}/  (Ctrl+C to stop)\n`)
