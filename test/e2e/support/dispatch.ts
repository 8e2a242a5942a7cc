import type { YishiCore } from '../../../electron/core'

type Dispatcher = Pick<YishiCore, 'dispatch'>

/** Calls a channel on the real core behind the page (or a core itself); an error result fails the test. */
export async function dispatch<T>(target: Dispatcher | { core: Dispatcher }, channel: string, input?: unknown): Promise<T> {
  const core = 'core' in target ? target.core : target
  const result = await core.dispatch(channel as never, input as never)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}
