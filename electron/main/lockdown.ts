import { app, type Session } from 'electron'
import { isAllowedUrl, mayNavigateTo, type ShellEnv } from './app-origin'

/**
 * Session-level walls: no request leaves for anything but app://yishi (see isAllowedUrl),
 * no permission is ever granted, nothing is downloaded. Applied to every session.
 */
export function lockDownSession(ses: Session, env: ShellEnv): void {
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedUrl(details.url, env) }))
  // Camera, microphone, notifications, geolocation, clipboard-read, HID/USB/serial …: none.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  // Chromium's spellchecker downloads its dictionaries from Google.
  ses.setSpellCheckerEnabled(false)
  ses.on('will-download', (event) => event.preventDefault())
}

/**
 * Every web contents (the window, devtools, anything else) may only navigate within the
 * app, opens no windows and attaches no <webview>.
 */
export function lockDownWebContents(env: ShellEnv): void {
  app.on('web-contents-created', (_event, contents) => {
    const stayInApp = (event: { url: string; preventDefault(): void }) => {
      if (!mayNavigateTo(event.url, env)) event.preventDefault()
    }
    contents.on('will-navigate', stayInApp)
    contents.on('will-frame-navigate', stayInApp)
    contents.on('will-redirect', stayInApp)
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
