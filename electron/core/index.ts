import { CoreContext, type CoreOptions } from './context'
import { createDispatcher, type Dispatch } from './ipc/dispatcher'
import { handlerTable } from './ipc/handler-table'

export type { CoreOptions } from './context'
export type { Dispatch } from './ipc/dispatcher'
export type { ShellServices } from './shell/shell-services'
export { handlerTable } from './ipc/handler-table'

export interface YishiCore {
  dispatch: Dispatch
  context: CoreContext
}

/** The application without its window: what Electron's main process and the tests both run. */
export function createCore(options: CoreOptions): YishiCore {
  const context = new CoreContext(options)
  return { context, dispatch: createDispatcher(context, handlerTable) }
}
