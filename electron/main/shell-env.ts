import { app } from 'electron'
import type { ShellEnv } from './app-origin'

/**
 * Read once at start. ELECTRON_RENDERER_URL is dropped in a packaged build: otherwise
 * anyone able to set an environment variable could point the window (and window.api)
 * at a page of their choosing.
 */
export function readShellEnv(): ShellEnv {
  const packaged = app.isPackaged
  const devServerUrl = packaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined
  return { packaged, devServerUrl }
}
