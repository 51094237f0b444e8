import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
}

/**
 * A static server for a built site, gzip as a real host would serve it, with the SPA fallback
 * to index.html. Used by `npm start`, the browser tests and the browser benchmark, so all three
 * see the site the same way. Compressed bodies are cached so that compression is not measured.
 */
export async function serveStatic(root: string, port = 0): Promise<{ url: string; server: Server }> {
  const cache = new Map<string, Buffer>()
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    let decoded: string
    try {
      decoded = decodeURIComponent(url.pathname)
    } catch {
      decoded = '/'
    }
    let file = path.join(root, decoded)
    // Anything that is not a file inside the site (a client route, a bad or escaping path) gets
    // the app, which shows its own not-found page.
    const inside = file.startsWith(root + path.sep)
    const isFile = inside && (await stat(file).then((s) => s.isFile()).catch(() => false))
    if (!isFile) file = path.join(root, 'index.html')
    const ext = path.extname(file)
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const key = `${gzip ? 'gz' : 'raw'}:${file}`
    let body = cache.get(key)
    if (!body) {
      const raw = await readFile(file)
      // Level 9, as files precompressed for a static host would be; it is paid once per file.
      body = gzip ? gzipSync(raw, { level: 9 }) : raw
      cache.set(key, body)
    }
    const hashed = /\.[0-9a-f]{8,}\./i.test(path.basename(file)) || file.includes(`${path.sep}assets${path.sep}`)
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      'content-length': body.length,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    res.end(body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no address')
  return { url: `http://127.0.0.1:${address.port}`, server }
}
