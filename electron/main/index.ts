import { join, resolve } from 'node:path'
import { app, dialog, Menu, session } from 'electron'
import { createCore, type YishiCore } from '../core'
import type { ShellEnv } from './app-origin'
import { registerIpc, sendAppEvent } from './ipc'
import { lockDownSession, lockDownWebContents } from './lockdown'
import { buildAppMenu } from './menu'
import { lockOnPowerEvents } from './power'
import { registerAppScheme, serveRenderer } from './protocol'
import { readShellEnv } from './shell-env'
import { electronShellServices } from './shell-services'
import { createMainWindow, currentWindow, focusMainWindow } from './window'

// Lifecycle only. The application is electron/core; this file wires it to one window.
// Deliberately absent: auto-updater, telemetry, crash-report upload.

/** Keep in step with electron-builder's appId (Windows taskbar grouping, notifications). */
const appUserModelId = 'cn.yishi.app'

const dataDirOverride = process.env.YISHI_DATA_DIR ? resolve(process.env.YISHI_DATA_DIR) : undefined

function dataDir(): string {
  return dataDirOverride ?? join(app.getPath('userData'), 'data')
}

function lockForQuit(core: YishiCore): void {
  try {
    core.context.lock('quit')
  } catch (error) {
    // Never keep the app alive over a failed audit entry; the stores close either way.
    console.error('退出时锁定失败', error)
  }
}

function start(env: ShellEnv): void {
  const core = createCore({
    dataDir: dataDir(),
    migrations: { root: join(__dirname, 'migrations') },
    shell: electronShellServices,
    lrmxReadWorker: { file: join(__dirname, 'lrmx-read-worker.js') },
    materialTextWorker: { file: join(__dirname, 'material-text-worker.js') },
    onAppEvent: (event, payload) => {
      const window = currentWindow()
      if (window) sendAppEvent(window.webContents, event, payload)
    },
  })
  registerIpc(core.dispatch, env)
  lockDownWebContents(env)
  app.on('session-created', (created) => lockDownSession(created, env))
  app.on('second-instance', focusMainWindow)
  // Quitting must not leave keys in memory a moment longer than needed.
  app.on('before-quit', () => lockForQuit(core))
  app.on('will-quit', () => lockForQuit(core))
  // No window means nobody can see or lock the session: quit on every platform.
  app.on('window-all-closed', () => app.quit())

  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession, env)
    serveRenderer(join(__dirname, '../renderer'))
    Menu.setApplicationMenu(buildAppMenu(env))
    const stopIdleCheck = lockOnPowerEvents(core)
    app.on('will-quit', stopIdleCheck)
    createMainWindow(env)
  }).catch((error: unknown) => {
    // Without the protocol or the lockdown there must be no window at all.
    console.error('议事录无法启动', error)
    dialog.showErrorBox('议事录无法启动', '程序初始化失败，请重新安装议事录或联系管理员。')
    app.exit(1)
  })
}

// Everything below must happen before `ready`.
app.enableSandbox()
// Portable and test use: Chromium's profile (and the single-instance lock) live beside
// that vault, so nothing is left on the host and separate vaults can run side by side.
if (dataDirOverride) app.setPath('userData', join(dataDirOverride, 'profile'))
registerAppScheme()
// The UI is Chinese whatever the system's language: date and time inputs, number formats and
// the spell checker's dictionary follow Chromium's locale, which this sets.
app.commandLine.appendSwitch('lang', 'zh-CN')
if (process.platform === 'win32') app.setAppUserModelId(appUserModelId)

if (app.requestSingleInstanceLock()) {
  start(readShellEnv())
} else {
  // Another 议事录 is running and owns the vault; it is told (second-instance) and comes forward.
  app.quit()
}
