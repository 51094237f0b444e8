import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compressSite } from '../../scripts/compress.ts'
import { cacheControlFor, serveStatic } from '../../scripts/lib/serve-static.ts'

// A small built site on disk, compressed by the build's own step and served by the server that
// `npm start`, the browser tests and the browser benchmark use. Requests go through node:http,
// which, unlike fetch, shows the bytes and headers as sent.
let dir: string
let server: Server
let baseUrl: string
const SCRIPT = `export const words = ${JSON.stringify('cyber defence '.repeat(400))}\n`
const CATALOG = JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ id: `statement-${i}`, title: 'A fictional title' })) })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'serve-static-'))
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  write('index.html', '<!doctype html><title>app</title><div id="root"></div>'.padEnd(2000, ' '))
  write('assets/main-Cy3g6ykj.js', SCRIPT)
  write('corpus/manifest.json', JSON.stringify({ catalog: 'catalog.0123456789ab.json' }).padEnd(2000, ' '))
  write('corpus/catalog.0123456789ab.json', CATALOG)
  write('statements/a-prerendered-statement/index.html', '<!doctype html><title>prerendered</title>'.padEnd(2000, ' '))
  write('feed.xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>')
  await compressSite(dir)
  ;({ server, url: baseUrl } = await serveStatic(dir))
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  rmSync(dir, { recursive: true, force: true })
})

function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${baseUrl}${pathname}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

describe('the static server', () => {
  it('sends brotli when the browser accepts it, gzip when only that, and the file as it is otherwise', async () => {
    const br = await get('/assets/main-Cy3g6ykj.js', { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT)
    expect(br.body.length).toBeLessThan(SCRIPT.length / 4)

    const gz = await get('/assets/main-Cy3g6ykj.js', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT)

    const raw = await get('/assets/main-Cy3g6ykj.js')
    expect(raw.headers['content-encoding']).toBeUndefined()
    expect(raw.body.toString()).toBe(SCRIPT)
    for (const r of [br, gz, raw]) {
      expect(r.headers['content-type']).toMatch(/^text\/javascript/)
      expect(r.headers.vary).toBe('Accept-Encoding')
    }
  })

  it('marks hashed files immutable for a year, and revalidates the page, the manifest and the feed', async () => {
    for (const p of ['/assets/main-Cy3g6ykj.js', '/corpus/catalog.0123456789ab.json']) {
      expect((await get(p)).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
    for (const p of ['/', '/corpus/manifest.json', '/feed.xml', '/statements/a-prerendered-statement']) {
      expect((await get(p)).headers['cache-control']).toBe('no-cache')
    }
    expect((await get('/feed.xml')).headers['content-type']).toBe('application/atom+xml; charset=utf-8')
    // The corpus's chunk folders are named by a hash of their files; their files are immutable too.
    for (const p of ['/corpus/rows/0123456789ab/3.json', '/corpus/ids/0123456789ab/0.json', '/corpus/shards/0123456789ab/12.bin', '/corpus/bodies/0123456789ab/7.json']) {
      expect(cacheControlFor(p)).toBe('public, max-age=31536000, immutable')
    }
    expect(cacheControlFor('/corpus/rows/3.json')).toBe('no-cache')
  })

  it('answers a repeated request with the same ETag by 304 Not Modified, per encoding', async () => {
    const first = await get('/corpus/manifest.json', { 'accept-encoding': 'br' })
    const etag = first.headers.etag
    expect(etag).toBeTruthy()
    expect((await get('/corpus/manifest.json', { 'accept-encoding': 'gzip' })).headers.etag).not.toBe(etag)
    const again = await get('/corpus/manifest.json', { 'accept-encoding': 'br', 'if-none-match': etag! })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('serves a byte range', async () => {
    const part = await get('/corpus/catalog.0123456789ab.json', { range: 'bytes=2-9' })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 2-9/${CATALOG.length}`)
    expect(part.body.toString()).toBe(CATALOG.slice(2, 10))
  })

  it('answers a missing corpus file or asset with 404, never with the app', async () => {
    for (const p of ['/corpus/catalog.ffffffffffff.json', '/corpus/shards/7', '/assets/gone-AbCd1234.js']) {
      const r = await get(p, { 'accept-encoding': 'br' })
      expect(r.status, p).toBe(404)
      expect(r.body.toString()).not.toContain('<title>app</title>')
    }
  })

  it('serves a prerendered page at its folder, and the app at any other app URL', async () => {
    const prerendered = await get('/statements/a-prerendered-statement', { 'accept-encoding': 'br' })
    expect(prerendered.headers['content-type']).toBe('text/html;charset=utf-8')
    expect(brotliDecompressSync(prerendered.body).toString()).toContain('<title>prerendered</title>')
    for (const p of ['/?q=cyber', '/statements/not-prerendered', '/speakers/someone', '/a.b']) {
      const r = await get(p)
      expect(r.status, p).toBe(200)
      expect(r.body.toString(), p).toContain('<title>app</title>')
      expect(r.headers['cache-control']).toBe('no-cache')
    }
  })
})
