import { describe, expect, it } from 'vitest'
import { mergeUnique } from '../../../shared/ipc/define'
import { channelNames, contract, isChannel } from '../../../shared/ipc/contract'
import { handlerTable } from '../../../electron/core'

describe('the IPC contract', () => {
  it('refuses a channel declared twice', () => {
    expect(() => mergeUnique('IPC channel', { a: 1 }, { b: 2 }, { a: 3 })).toThrow('IPC channel declared twice: a')
  })

  it('has exactly one handler per channel', () => {
    expect(Object.keys(handlerTable).sort()).toEqual([...channelNames].sort())
  })

  it('knows its own channels and nothing else', () => {
    expect(isChannel('auth.unlock')).toBe(true)
    expect(isChannel('toString')).toBe(false)
    expect(isChannel('__proto__')).toBe(false)
    expect(isChannel(42)).toBe(false)
  })

  describe('zod refuses malformed input', () => {
    it.each([
      ['auth.unlock', { username: 'admin' }],
      ['auth.unlock', { username: 'admin', password: 12345 }],
      ['auth.unlock', { username: 'admin', password: 'x', extra: true }],
      ['auth.unlock', { username: '王秘书', password: 'x' }],
      ['auth.unlock', null],
      ['vault.create', { committeeName: '', committeeShortName: '示例区委', admin: { username: 'admin', displayName: '王', password: 'x' } }],
      ['vault.create', { committeeName: '中共\u0007示例区委员会', committeeShortName: '示例区委', admin: { username: 'admin', displayName: '王', password: 'x' } }],
      ['vault.create', { committeeName: '中'.repeat(65), committeeShortName: '示例区委', admin: { username: 'admin', displayName: '王', password: 'x' } }],
      ['users.create', { username: 'li', displayName: '李', roles: [], personnelGrant: false, password: 'x' }],
      ['users.create', { username: 'lisi', displayName: '李', roles: ['owner'], personnelGrant: false, password: 'x' }],
      ['users.update', { id: 'not-a-uuid', displayName: '李', roles: ['reader'], personnelGrant: false }],
      ['settings.update', { committeeName: '中共示例区委员会', committeeShortName: '示例区委', idleLockMinutes: 0 }],
      ['settings.update', { committeeName: '中共示例区委员会', committeeShortName: '示例区委', idleLockMinutes: 2.5 }],
      ['audit.list', { limit: 100000 }],
      ['auth.lock', { unexpected: 1 }],
    ] as const)('%s %j', (channel, input) => {
      const result = contract[channel].input.safeParse(input)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/u)
    })

    it('accepts a well-formed input and normalises the user name', () => {
      const parsed = contract['auth.unlock'].input.parse({ username: ' Admin ', password: 'x' })
      expect(parsed.username).toBe('admin')
    })
  })
})
