import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { devContentSecurityPolicy, strictContentSecurityPolicy } from './shared/security/csp'

/** Ships the drizzle-kit migration folders beside the main bundle (read at vault open). */
function copyMigrations(): Plugin {
  return {
    name: 'yishi-copy-migrations',
    writeBundle(options) {
      cpSync(resolve('electron/core/db/migrations'), resolve(options.dir ?? 'out/main', 'migrations'), { recursive: true })
    },
  }
}

/**
 * The page's Content-Security-Policy (shared/security/csp.ts, also sent as a header by
 * main's app:// protocol). Strict in the built app; `electron-vite dev` relaxes it.
 */
function contentSecurityPolicy(): Plugin {
  let serving = false
  return {
    name: 'yishi-csp',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    transformIndexHtml(html) {
      const policy = serving ? devContentSecurityPolicy : strictContentSecurityPolicy
      return html.replace('%CONTENT_SECURITY_POLICY%', policy)
    },
  }
}

export default defineConfig({
  main: {
    build: {
      // The worker threads that read imported approval forms (electron/core/personnel/lrmx/read-files.ts)
      // and materials' text for search (electron/core/material-text/text-extractor.ts).
      rollupOptions: { input: { index: resolve('electron/main/index.ts'), 'lrmx-read-worker': resolve('electron/core/personnel/lrmx/read-worker.ts'), 'material-text-worker': resolve('electron/core/material-text/text-worker.ts') } },
    },
    plugins: [copyMigrations()],
  },
  preload: {
    // A sandboxed preload cannot require() packages: bundle everything into one file.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      // Fonts and images stay files served from app://, never data: URLs the CSP refuses.
      assetsInlineLimit: 0,
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
})
