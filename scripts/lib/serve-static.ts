import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import sirv from 'sirv'

/**
 * Paths under these folders name files the build wrote (hashed assets, corpus files, a search
 * index). One that is missing is a 404: answering with the app's index.html would hand a worker
 * HTML where it expects JSON, and a stale client would cache it under an immutable name.
 */
const FILE_FOLDERS = /^\/(assets|corpus|pagefind)\//

/**
 * Files named by a hash of their content never change under that name: Vite's assets and the
 * corpus files the manifest points to (catalog.<hash>.json, search.<hash>.bin, and the
 * folders of shards, bodies, rows and ids, each named by a hash of its files). Everything else (index.html, prerendered pages, the manifest, the
 * feed) is revalidated on every visit, cheaply, through its ETag.
 */
const HASHED = /^\/assets\/|\.[0-9a-f]{12}\.(json|bin)$|\/(bodies|rows|ids|shards|vocabulary)\/[0-9a-f]{12}\//

const XML_TYPES: Record<string, string> = {
  '/feed.xml': 'application/atom+xml; charset=utf-8',
  '/opensearch.xml': 'application/opensearchdescription+xml; charset=utf-8',
}

export function cacheControlFor(pathname: string): string {
  return HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/**
 * The built site as a static host serves it, through sirv: the brotli (.br) or gzip (.gz) file
 * the build wrote beside each file when the browser accepts it (brotli first), with
 * Content-Encoding, Vary: Accept-Encoding, an ETag, Cache-Control and range requests. A folder's
 * index.html (a prerendered page) is served for the folder's URL; any other app URL gets the
 * app's index.html, which shows its own not-found page. Used by `npm start`, the browser tests
 * and the browser benchmark, so all three see the site the same way.
 *
 * sirv reads the list of files once at start: the site must be built before it is served.
 */
export async function serveStatic(root: string, port = 0): Promise<{ url: string; server: Server }> {
  const options = {
    etag: true,
    brotli: true,
    gzip: true,
    // Headers set here win over sirv's own; sirv has no per-file Cache-Control of its own.
    setHeaders: (res: ServerResponse, pathname: string) => {
      res.setHeader('Cache-Control', cacheControlFor(pathname))
      res.setHeader('X-Content-Type-Options', 'nosniff')
      // sirv calls every .xml text/xml; feed readers and browsers know these by their own types.
      const type = XML_TYPES[pathname]
      if (type) res.setHeader('Content-Type', type)
    },
  }
  const files = sirv(root, options)
  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' })
    res.end('Not found\n')
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    files(req, res, () => {
      if (FILE_FOLDERS.test(pathname)) return notFound(res)
      // An app URL (/?q=…, /statements/<id> without a prerendered page, a mistyped path): the
      // app itself. The query string is kept out of the lookup, as sirv does.
      req.url = '/index.html'
      files(req, res, () => notFound(res))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no address')
  return { url: `http://127.0.0.1:${address.port}`, server }
}
