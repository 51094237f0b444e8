// The bench's two minimal pages (bench/browser/pages/), built by Vite into the bench's own copy
// of the site under /bench/, never into the app's dist/.
import path from 'node:path'
import { build } from 'vite'

export async function buildBenchPages(siteDir: string): Promise<void> {
  const pages = path.join(import.meta.dirname, 'pages')
  await build({
    configFile: false,
    root: pages,
    base: '/bench/',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      outDir: path.join(siteDir, 'bench'),
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      rollupOptions: { input: { minimal: path.join(pages, 'minimal.html'), pagefind: path.join(pages, 'pagefind.html') } },
    },
  })
}
