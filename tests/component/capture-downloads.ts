import { vi } from 'vitest'

// What the page hands to the browser's downloads, caught for the export tests: the blob given
// to URL.createObjectURL and the name on the link that is clicked. The spies are undone by
// the test files' vi.restoreAllMocks().

/** Starts catching downloads; the list fills as the page downloads files. */
export function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = []
  let pending: Blob | undefined
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) files.push({ name: this.download, blob: pending })
  })
  return files
}

/** A downloaded file's text. */
export function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsText(blob)
  })
}
