import { describe, expect, it } from 'vitest'
import { bookVaults, holdMeeting, importFixtures, views } from './personnel-fixture'

const open = bookVaults()

describe('the office’s holiday calendar (calendar.get / calendar.save)', () => {
  it('is saved by an administrator, audited, and moves the earliest end of a public notice', async () => {
    const vault = await open()
    expect(await vault.core.call('calendar.get')).toEqual({ calendar: { extraHolidays: [], extraWorkdays: [], arrangedYears: [] }, officialYears: { first: expect.any(Number) as number, last: expect.any(Number) as number } })
    const held = holdMeeting(vault, { date: '2026-11-20' })
    await importFixtures(vault, ['zhang-promotion.lrmx'])
    const [cadre] = await vault.core.call('personnel.listCadres', { query: '张建' })
    const base = { cadreId: cadre!.id, topicId: held.topicId, actionType: 'appoint' as const }
    const matter = await vault.core.call('personnel.saveMatter', { ...base, stages: { consultedOn: '2026-11-10' } })
    await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matter.id, voteMethod: 'voice', views: views(vault) })
    const noticed = await vault.core.call('personnel.saveMatter', { ...base, id: matter.id, stages: { consultedOn: '2026-11-10', noticeStart: '2026-11-23' } })
    expect(noticed.earliestNoticeEnd).toBe('2026-11-27')

    const saved = await vault.core.call('calendar.save', { extraHolidays: ['2026-11-25'], extraWorkdays: [], arrangedYears: [] })
    expect(saved.calendar).toEqual({ extraHolidays: ['2026-11-25'], extraWorkdays: [], arrangedYears: [] })
    expect((await vault.core.call('audit.list', { limit: 1 }))[0]).toMatchObject({ action: 'calendar.save', userName: '王秘书', summary: '修改工作日历：增加休息日 1 天，增加工作日 0 天' })
    const [after] = await vault.core.call('personnel.listMatters', { cadreId: cadre!.id })
    expect(after!.earliestNoticeEnd).toBe('2026-11-30')
    const short = await vault.core.raw('personnel.saveMatter', { ...base, id: matter.id, stages: { consultedOn: '2026-11-10', noticeStart: '2026-11-23', noticeEnd: '2026-11-27' } })
    expect(short).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '任前公示期不少于 5 个工作日：2026年11月23日至2026年11月27日只有 4 个工作日，最早可于2026年11月30日结束，未保存。' } })
  })

  it('refuses a day that is both a holiday and a workday, and a non-administrator', async () => {
    const vault = await open()
    const both = await vault.core.raw('calendar.save', { extraHolidays: ['2027-01-04'], extraWorkdays: ['2027-01-04'], arrangedYears: [] })
    expect(both.ok ? null : both.error.code).toBe('INVALID_INPUT')
    await vault.core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: 'Jilu#Yuan2026x' })
    await vault.core.call('auth.lock')
    await vault.core.call('auth.unlock', { username: 'jilu', password: 'Jilu#Yuan2026x' })
    await vault.core.call('auth.changePassword', { currentPassword: 'Jilu#Yuan2026x', newPassword: 'Jilu#Yuan2027y' })
    expect((await vault.core.call('calendar.get')).calendar).toEqual({ extraHolidays: [], extraWorkdays: [], arrangedYears: [] })
    expect(await vault.core.raw('calendar.save', { extraHolidays: ['2027-01-04'], extraWorkdays: [], arrangedYears: [] })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您没有执行此操作的权限。' } })
  })
})
