// The citation worker: citeproc-js reads the three CSL styles the first time it formats, about
// a second and a half in Chromium here, and formatting a long export takes a while too; here
// neither blocks the page.
import { citationFile, citeStatement, readStyles, type CitationFileFormat, type StatementCitations } from './citation-engine.ts'
import type { CitationInput } from './csl-item.ts'

export type CitationRequest =
  | { id: number; kind: 'cite'; input: CitationInput }
  | { id: number; kind: 'file'; inputs: CitationInput[]; format: CitationFileFormat }
export type CitationResponse = { id: number; citations?: StatementCitations; file?: string; error?: string }

// The project's TypeScript setup uses the DOM library; this is the part of a worker's global
// scope the file needs.
const scope = self as unknown as {
  postMessage(message: CitationResponse): void
  onmessage: ((event: MessageEvent<CitationRequest>) => void) | null
}

scope.onmessage = ({ data: request }) => {
  try {
    scope.postMessage(
      request.kind === 'cite' ? { id: request.id, citations: citeStatement(request.input) } : { id: request.id, file: citationFile(request.inputs, request.format) },
    )
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) })
  }
}

// The styles are read while the worker has nothing else to do; a citation asked for meanwhile
// waits no longer than it would have anyway.
setTimeout(readStyles, 0)
