import type { AppEventName, AppEvents, Channel, ChannelInput, ChannelOutput, ChannelResult, YishiApi } from '../../../shared/ipc/contract'
import type { AppErrorShape } from '../../../shared/errors'

declare global {
  interface Window {
    api: YishiApi
  }
}

/** Calls a channel and returns the typed result; never throws for an error the core reported. */
export function call<C extends Channel>(channel: C, ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]): Promise<ChannelResult<C>> {
  // Promise.resolve().then: a missing window.api (preload failed) becomes an error result too.
  return Promise.resolve()
    .then(() => window.api.invoke(channel, ...input))
    .catch((): ChannelResult<C> => ({ ok: false, error: { code: 'INTERNAL', message: '与程序后台的连接中断，操作未完成。请重启议事录。' } }))
}

/** For code that prefers exceptions: resolves with the value or rejects with the error shape. */
export async function request<C extends Channel>(channel: C, ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]): Promise<ChannelOutput<C>> {
  const result = await call(channel, ...input)
  if (!result.ok) throw new RequestError(result.error)
  return result.value
}

export class RequestError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message)
  }
}

export function onAppEvent<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void {
  // Without window.api every call reports the broken connection; do not crash here as well.
  if (typeof window.api?.on !== 'function') return () => undefined
  return window.api.on(event, listener)
}
