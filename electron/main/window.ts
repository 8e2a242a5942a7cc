import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { appEntryUrl, type ShellEnv } from './app-origin'

let mainWindow: BrowserWindow | null = null

/** The one window, while it exists (for events from main and the second-instance focus). */
export function currentWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
}

/**
 * The locked-down window (Electron security checklist). The page reaches main only
 * through the preload's window.api; test/unit/architecture checks these settings stay.
 */
export function createMainWindow(env: ShellEnv): BrowserWindow {
  const window = new BrowserWindow({
    title: '议事录',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false, // shown on ready-to-show: no white flash, no half-drawn page
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: !app.isPackaged,
      preload: join(__dirname, '../preload/index.js'),
    },
  })
  mainWindow = window
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  window.loadURL(env.devServerUrl ?? appEntryUrl).catch((error: unknown) => console.error('页面加载失败', error))
  return window
}

/** A second launch brings the existing window forward instead of opening another. */
export function focusMainWindow(): void {
  const window = currentWindow()
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
