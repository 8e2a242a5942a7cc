import type { YishiCore } from '../../electron/core'
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract'

/** One call through the real dispatcher (validation, access check, handler); an error result throws. */
export async function benchCall<C extends Channel>(core: YishiCore, channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value as ChannelOutput<C>
}
