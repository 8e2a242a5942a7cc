import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'electron-vite'

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
 * The page's Content-Security-Policy. Strict in the built app; the dev server needs
 * inline scripts (React refresh) and its websocket, so `electron-vite dev` relaxes it.
 */
function contentSecurityPolicy(): Plugin {
  const strict = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
  let serving = false
  return {
    name: 'yishi-csp',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    transformIndexHtml(html) {
      const policy = serving
        ? strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'none'", "connect-src 'self' ws:")
        : strict
      return html.replace('%CONTENT_SECURITY_POLICY%', policy)
    },
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
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
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
})
