import { describe, expect, it } from 'vitest'
import { pageTemplate } from '../../../src/prerender/page-template.ts'

const INDEX = `<!doctype html><html><head><meta name="description" content="x" /><title>Statement Archive</title><script type="module" src="/assets/index.js"></script></head><body><div id="root"><noscript>needs JS</noscript></div></body></html>`

describe('page template', () => {
  it('puts the page head in place of the title and description, the app into #root', () => {
    const html = pageTemplate(INDEX)({ head: '<title>T $& $1</title>', assets: '<link rel="stylesheet" href="/a.css">', path: '/statements/a"b', body: '<main>text</main>' })
    expect(html).toBe(
      '<!doctype html><html><head><title>T $& $1</title><link rel="stylesheet" href="/a.css"><script type="module" src="/assets/index.js"></script></head>' +
        '<body><div id="root" data-prerendered="/statements/a&quot;b"><main>text</main></div></body></html>',
    )
  })

  it('refuses an index.html it cannot fill', () => {
    expect(() => pageTemplate('<html><head></head><body></body></html>')).toThrow(/<title>/)
  })
})
