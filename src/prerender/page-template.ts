import { escapeXml } from '../research/atom-feed.ts'

// The built index.html (its hashed script and style links, its CSP) is every prerendered
// page's frame: the page's own head tags replace its title and description, and the app's
// markup goes into #root, marked with the address it was rendered for (main.tsx reads it).

const TITLE = /<title>[^<]*<\/title>/
const DESCRIPTION = /<meta name="description"[^>]*>/
const ROOT = /<div id="root">[\s\S]*?<\/div>/

export interface PageParts {
  /** Title, description and the other tags of the page (page-head.tsx). */
  head: string
  /** Stylesheets and module preloads of the page's route chunk. */
  assets: string
  /** The address the app was rendered at, e.g. /statements/<id>. */
  path: string
  /** The app's markup. */
  body: string
}

export function pageTemplate(indexHtml: string): (parts: PageParts) => string {
  for (const [name, pattern] of [['<title>', TITLE], ['meta description', DESCRIPTION], ['<div id="root">', ROOT]] as const) {
    if (!pattern.test(indexHtml)) throw new Error(`index.html has no ${name} to replace`)
  }
  const [beforeHead, afterHead] = indexHtml.replace(DESCRIPTION, '').split(TITLE) as [string, string]
  const [beforeRoot, afterRoot] = afterHead.split(ROOT) as [string, string]
  return ({ head, assets, path, body }) =>
    `${beforeHead}${head}${assets}${beforeRoot}<div id="root" data-prerendered="${escapeXml(path)}">${body}</div>${afterRoot}`
}
