import type { LockReason } from '../../shared/ipc/contract'
import { backupBeforeLock } from './backup/auto-backup'
import { CoreContext, type CoreOptions } from './context'
import { createDispatcher, type Dispatch } from './ipc/dispatcher'
import { handlerTable } from './ipc/handler-table'

export type { CoreOptions } from './context'
export type { Dispatch } from './ipc/dispatcher'
export { noShellServices, type ShellServices } from './shell/shell-services'
export { handlerTable } from './ipc/handler-table'

export interface YishiCore {
  dispatch: Dispatch
  context: CoreContext
  /**
   * Locks once the handler running now has finished, so a screen lock never closes the
   * stores under a change half done. (On quit, main locks at once: context.lock.)
   */
  lock(reason: LockReason): Promise<void>
}

/** The application without its window: what Electron's main process and the tests both run. */
export function createCore(options: CoreOptions): YishiCore {
  const context = new CoreContext(options, backupBeforeLock)
  const { dispatch, exclusive } = createDispatcher(context, handlerTable)
  return { context, dispatch, lock: (reason) => exclusive(() => context.lock(reason)) }
}
