/**
 * The absolute address of a page of this archive, for text that leaves the app (citations,
 * export rows) and so must work when pasted anywhere. Built on BASE_URL so a deployment under a
 * sub-path still yields working links. `path` has no leading slash: 'statements/<id>'.
 */
export function archiveUrl(path: string): string {
  return new URL(import.meta.env.BASE_URL + path, window.location.origin).href
}
