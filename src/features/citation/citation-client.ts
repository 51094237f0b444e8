import type { CitationFileFormat, StatementCitations } from '../../research/citation-engine.ts'
import type { CitationRequest, CitationResponse } from '../../research/citation-worker.ts'
import type { CitationInput } from '../../research/csl-item.ts'

// Citations are made in a worker of their own, started on the first "Cite" (or a hover over
// it) or citation export, so that citeproc-js reading its styles never freezes the page.
// Without workers (jsdom, or a worker that fails to start) the same code runs on the page.

type Request = CitationRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never

let worker: Worker | undefined
let broken = typeof Worker === 'undefined'
let nextId = 0
const pending = new Map<number, { resolve: (r: CitationResponse) => void; reject: (e: Error) => void }>()

function start(): Worker | undefined {
  if (broken) return undefined
  if (worker) return worker
  try {
    worker = new Worker(new URL('../../research/citation-worker.ts', import.meta.url), { type: 'module', name: 'citations' })
  } catch {
    broken = true
    return undefined
  }
  worker.onmessage = ({ data }: MessageEvent<CitationResponse>) => {
    pending.get(data.id)?.resolve(data)
    pending.delete(data.id)
  }
  worker.onerror = () => {
    // The worker did not load: what it was asked is done on the page instead.
    broken = true
    worker?.terminate()
    worker = undefined
    for (const waiting of pending.values()) waiting.reject(new Error('the citation worker stopped'))
    pending.clear()
  }
  return worker
}

async function onPage(request: Request): Promise<CitationResponse> {
  const engine = await import('../../research/citation-engine.ts')
  return request.kind === 'cite' ? { id: 0, citations: engine.citeStatement(request.input) } : { id: 0, file: engine.citationFile(request.inputs, request.format) }
}

async function ask(request: Request): Promise<CitationResponse> {
  const w = start()
  const response = w
    ? await new Promise<CitationResponse>((resolve, reject) => {
        const id = ++nextId
        pending.set(id, { resolve, reject })
        w.postMessage({ ...request, id })
      }).catch(() => onPage(request))
    : await onPage(request)
  if (response.error !== undefined) throw new Error(response.error)
  return response
}

/** Starts the worker (and so the fetch of the citation code) before it is needed. */
export function warmCitations(): void {
  start()
}

export async function citeStatement(input: CitationInput): Promise<StatementCitations> {
  return (await ask({ kind: 'cite', input })).citations!
}

export async function citationFile(inputs: CitationInput[], format: CitationFileFormat): Promise<string> {
  return (await ask({ kind: 'file', inputs, format })).file!
}
