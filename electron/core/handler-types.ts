import type { Channel, ChannelAccess, ChannelOutput, ChannelParsed } from '../../shared/ipc/contract'
import type { CoreContext } from './context'
import type { OffQueue } from './off-queue'
import type { Session } from './session'

/** Channels open before unlock get a possibly-null session; all others get the session. */
export type SessionFor<C extends Channel> = ChannelAccess<C> extends 'public' ? Session | null : Session

export type Handler<C extends Channel> = (
  input: ChannelParsed<C>,
  session: SessionFor<C>,
  core: CoreContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C> | OffQueue<unknown, ChannelOutput<C>>> | OffQueue<unknown, ChannelOutput<C>>

export type HandlerTable = { [C in Channel]: Handler<C> }

/** A feature's slice of the table; `satisfies HandlerGroup<…>` checks names and types. */
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> }
