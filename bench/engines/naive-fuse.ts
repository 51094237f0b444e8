import { gzipSync } from 'node:zlib'
import Fuse from 'fuse.js'
import { fieldsOf, passesFilters, type BenchEngine } from './bench-engine.ts'

// The baseline the issue measured: Fuse.js over whole statements, every field, ignoreLocation.

const options = {
  keys: [
    { name: 'speakers', weight: 4 },
    { name: 'title', weight: 3 },
    { name: 'topics', weight: 2 },
    { name: 'body', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.3,
}

export const naiveFuseEngine: BenchEngine = {
  name: 'naive-fuse',
  ranks: true,
  async build(corpus) {
    const docs = fieldsOf(corpus)
    const started = performance.now()
    const index = Fuse.createIndex(options.keys, docs)
    const buildMs = performance.now() - started
    const json = JSON.stringify(index.toJSON())
    const indexBytes = Buffer.byteLength(json)
    const indexBytesGz = gzipSync(json).length
    const loadStarted = performance.now()
    let fuse: Fuse<(typeof docs)[number]> | undefined = new Fuse(docs, options, Fuse.parseIndex(JSON.parse(json)))
    const loadMs = performance.now() - loadStarted
    return {
      buildMs,
      engine: {
        indexBytes,
        indexBytesGz,
        loadMs,
        search: (q) => {
          const out: number[] = []
          for (const r of (fuse as Fuse<(typeof docs)[number]>).search(q.q)) {
            if (passesFilters(corpus, r.item.id, q.filters)) out.push(r.item.id)
            if (out.length === 10) break
          }
          return out
        },
        dispose: () => {
          fuse = undefined
        },
      },
    }
  },
}
