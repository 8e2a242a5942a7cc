import { describe, expect, it } from 'vitest'
import { registerChannels } from '../../../electron/main/register-channels'
import { channelNames } from '../../../shared/ipc/contract'

describe('IPC registration', () => {
  it('the contract names each channel once', () => {
    expect(channelNames.length).toBeGreaterThan(0)
    expect(new Set(channelNames).size).toBe(channelNames.length)
  })

  it('registers one handler per contract channel, built for that channel', () => {
    const registered = new Map<string, string>()
    registerChannels(channelNames, (name) => `handler for ${name}`, (name, handler) => registered.set(name, handler))
    expect([...registered.keys()]).toEqual(channelNames)
    for (const [name, handler] of registered) expect(handler).toBe(`handler for ${name}`)
  })

  it('refuses a name listed twice, before registering anything', () => {
    const registered: string[] = []
    expect(() => registerChannels(['vault.status', 'auth.unlock', 'vault.status'], () => null, (name) => registered.push(name))).toThrow(/vault\.status/u)
    expect(registered).toEqual([])
  })
})
