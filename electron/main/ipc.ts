import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { Dispatch } from '../core'
import { errorMessages, type Result } from '../../shared/errors'
import { channelNames, type AppEventName, type AppEvents } from '../../shared/ipc/contract'
import { isAppPage, type ShellEnv } from './app-origin'
import { registerChannels } from './register-channels'

// THE only file of main that touches ipcMain: every way in from the page is here.

const forbidden: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: errorMessages.FORBIDDEN } }

/**
 * Only our own page, in the top frame, may call. A frame is null once navigated away or
 * destroyed; a subframe or any other origin (should one ever load despite the lockdown)
 * gets FORBIDDEN before its input is even looked at.
 */
function isTrustedSender(event: IpcMainInvokeEvent, env: ShellEnv): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return isAppPage(frame.url, env)
}

/** One ipcMain.handle per contract channel; all input validation happens in core's dispatch. */
export function registerIpc(dispatch: Dispatch, env: ShellEnv): void {
  registerChannels(
    channelNames,
    (channel) => async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, env)) return forbidden
      return dispatch(channel, input)
    },
    (channel, handler) => ipcMain.handle(channel, handler),
  )
}

/** Main → page events (e.g. session.locked); the preload forwards only appEventNames. */
export function sendAppEvent<E extends AppEventName>(webContents: WebContents, name: E, payload: AppEvents[E]): void {
  if (!webContents.isDestroyed()) webContents.send(name, payload)
}
