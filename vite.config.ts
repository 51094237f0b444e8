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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // No modulepreload polyfill: every browser that runs this build's ES2022 preloads modules
  // itself, and one that did not would still load them, only without preloading.
  // The manifest tells the prerender (src/prerender/) which stylesheets and chunks each route's
  // page needs, so that a prerendered page links them itself.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false }, manifest: true },
  // The search worker is a module worker, so it can load trends and passages, which few visits
  // use, only when first asked for them, instead of with the search every visit waits for.
  worker: { format: 'es' },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/importer/**/*.test.ts'],
          // Not UTC, so that a test of "today" or of a date's display can tell local time from UTC.
          env: { TZ: 'Europe/Tallinn' },
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // Each test renders the whole app in jsdom, worker-less search included: seconds on a
          // busy two-core machine, more than vitest's default of five.
          testTimeout: 20_000,
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
