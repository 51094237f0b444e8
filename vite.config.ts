import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vitest/config'

// Statement text is untrusted. The built page allows no inline script, no eval and no
// third-party origin. The dev server is left without it because Vite's hot reload injects an
// inline script.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'archive-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<!--csp-->', `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  }
}

/**
 * boot.ts is an entry of its own, loaded by index.html ahead of the app: a few hundred bytes
 * that start the search worker while the app's JavaScript still downloads and evaluates. In
 * index.html itself Vite would merge it into the app's entry and so delay it. In development
 * the app's entry starts the worker itself (start-loading.ts), which is just as good there.
 */
function bootScript(): Plugin {
  return {
    name: 'archive-boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot')
        if (!boot) return html
        const tag = `<script type="module" crossorigin src="/${boot.fileName}"></script>`
        return html.replace(/(\s*)<script type="module"/, `$1${tag}$1<script type="module"`)
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), bootScript()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: { input: { index: 'index.html', boot: 'src/boot.ts' } },
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'tests/importer/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
