import { describe, expect, it } from 'vitest'
import { CoreContext } from '../../../electron/core/context'
import { createDispatcher } from '../../../electron/core/ipc/dispatcher'
import { handlerTable } from '../../../electron/core'
import { offQueue } from '../../../electron/core/off-queue'
import { migrationsRoot, tempDir, testCore } from '../../support/vault'

describe('the dispatcher', () => {
  it('refuses unknown channels and invalid input with the error shape', async () => {
    const core = testCore()
    expect(await core.dispatch('vault.destroy', undefined)).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.any(String) } })
    const invalid = await core.dispatch('auth.unlock', { username: 'admin' })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^输入的内容不符合要求：/u), details: { issues: [{ path: 'password' }] } } })
  })

  it('turns an unexpected failure into INTERNAL without leaking its text', async () => {
    const context = new CoreContext({ dataDir: tempDir(), migrations: { root: migrationsRoot } })
    const logged: unknown[] = []
    const { dispatch } = createDispatcher(context, { ...handlerTable, 'vault.status': () => { throw new Error('secret path /home/x') } }, (error) => logged.push(error))
    expect(await dispatch('vault.status', undefined)).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('数据未作修改') } })
    expect(logged).toHaveLength(1)
  })

  it('refuses an input that cannot even be read as invalid, never by throwing', async () => {
    const context = new CoreContext({ dataDir: tempDir(), migrations: { root: migrationsRoot } })
    const logged: unknown[] = []
    const { dispatch } = createDispatcher(context, handlerTable, (error) => logged.push(error))
    const unreadable = {
      get username(): string {
        throw new Error('a getter that throws')
      },
    }
    expect(await dispatch('auth.unlock', unreadable)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.any(String) } })
    expect(logged).toHaveLength(1)
  })

  it('runs an offQueue part beside other calls, then its finish in turn', async () => {
    const context = new CoreContext({ dataDir: tempDir(), migrations: { root: migrationsRoot } })
    const order: string[] = []
    let release: () => void = () => undefined
    const slow = new Promise<void>((resolve) => (release = resolve))
    const { dispatch } = createDispatcher(context, {
      ...handlerTable,
      'vault.status': () => offQueue(async () => {
        order.push('work started')
        await slow
        return 'read'
      }, (value) => {
        order.push(`finish ${value}`)
        return { exists: true, initialized: true, personnelExists: true } as never
      }),
      'auth.session': () => {
        order.push('other call')
        return null as never
      },
    })
    const first = dispatch('vault.status', undefined)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(await dispatch('auth.session', undefined)).toEqual({ ok: true, value: null })
    release()
    expect(await first).toMatchObject({ ok: true })
    expect(order).toEqual(['work started', 'other call', 'finish read'])
  })

  it('refuses protected channels while locked', async () => {
    const core = testCore()
    for (const channel of ['users.list', 'settings.get', 'audit.verify', 'personnel.status'] as const) {
      expect(await core.dispatch(channel, undefined)).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } })
    }
  })

  it('runs work from outside the IPC (a screen lock) only after the handler in progress', async () => {
    const context = new CoreContext({ dataDir: tempDir(), migrations: { root: migrationsRoot } })
    const order: string[] = []
    let finish: () => void = () => undefined
    const slowStatus = async () => {
      order.push('handler started')
      await new Promise<void>((resolve) => (finish = resolve))
      order.push('handler finished')
      return { state: 'absent' as const, location: '' }
    }
    const { dispatch, exclusive } = createDispatcher(context, { ...handlerTable, 'vault.status': slowStatus })
    const call = dispatch('vault.status', undefined)
    const lock = exclusive(() => order.push('lock'))
    await new Promise((resolve) => setTimeout(resolve, 10))
    finish()
    await Promise.all([call, lock])
    expect(order).toEqual(['handler started', 'handler finished', 'lock'])
  })
})
