import { createCore, type YishiCore } from '../../electron/core'
import type { KdfCost } from '../../electron/core/vault/user-keys'
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract'
import { DemoClock } from './clock'
import { DemoShell } from './demo-shell'

/** The core with the demo's clock; every record is written through its channels, so every rule applies. */
export interface DemoCore {
  core: YishiCore
  clock: DemoClock
  shell: DemoShell
  call<C extends Channel>(channel: C, ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]): Promise<ChannelOutput<C>>
}

export function demoCore(options: { dataDir: string; migrationsRoot: string; kdfCost?: KdfCost; startDate: string }): DemoCore {
  const clock = new DemoClock(options.startDate, '08:30')
  const shell = new DemoShell()
  const core = createCore({ dataDir: options.dataDir, migrations: { root: options.migrationsRoot }, now: clock.now, kdfCost: options.kdfCost, shell })
  return {
    core,
    clock,
    shell,
    async call(channel, ...input) {
      const result = await core.dispatch(channel, input[0])
      // A refusal here is a bug in the demo script: stop with the rule that refused.
      if (!result.ok) throw new Error(`${channel}：${result.error.message}（${result.error.code}）`)
      return result.value as ChannelOutput<typeof channel>
    },
  }
}
