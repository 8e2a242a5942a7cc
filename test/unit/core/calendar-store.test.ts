import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readWorkingCalendar, writeWorkingCalendar } from '../../../electron/core/calendar/calendar-store'
import { settings } from '../../../electron/core/db/schema/main'
import { readSettings } from '../../../electron/core/settings/settings-store'
import { workingDaysBefore } from '../../../shared/calendar/working-days'
import { AppError } from '../../../shared/errors'
import { adminPassword, committeeName, createdVault, removeDir, type TestCore } from '../../support/vault'

let core: TestCore
beforeEach(async () => {
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
})
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const session = () => core.context.session!
const storedRow = () => session().db.select().from(settings).where(eq(settings.key, 'workingCalendar')).get()

describe('working calendar store', () => {
  it('reads the empty calendar from a new vault', () => {
    expect(storedRow()).toBeUndefined()
    expect(readWorkingCalendar(session().db)).toEqual({ extraHolidays: [], extraWorkdays: [], arrangedYears: [] })
  })

  it('writes, reads back sorted, survives a lock and unlock, and leaves the general settings alone', async () => {
    const now = new Date('2026-11-23T02:00:00Z')
    const saved = writeWorkingCalendar(session().db, { extraHolidays: ['2027-02-10', '2027-01-01', '2027-02-10'], extraWorkdays: ['2027-02-06'], arrangedYears: [] }, session().actor, now)
    expect(saved).toEqual({ extraHolidays: ['2027-01-01', '2027-02-10'], extraWorkdays: ['2027-02-06'], arrangedYears: [] })
    expect(storedRow()).toMatchObject({ updatedAt: now.toISOString(), updatedBy: session().user.id })

    await core.call('auth.lock')
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const calendar = readWorkingCalendar(session().db)
    expect(calendar).toEqual(saved)
    expect(readSettings(session().db).committeeName).toBe(committeeName)
    // The stored overrides drive the deadline: 2027-01-01 is off, so the Monday meeting's due day moves back.
    expect(workingDaysBefore('2027-01-04', 2, calendar)).toBe('2026-12-30')
  })

  it('replaces the previous calendar on a second write', () => {
    writeWorkingCalendar(session().db, { extraHolidays: ['2027-01-01'], extraWorkdays: [], arrangedYears: [] }, session().actor, new Date())
    writeWorkingCalendar(session().db, { extraHolidays: [], extraWorkdays: ['2027-02-06'], arrangedYears: [] }, session().actor, new Date())
    expect(readWorkingCalendar(session().db)).toEqual({ extraHolidays: [], extraWorkdays: ['2027-02-06'], arrangedYears: [] })
  })

  it('refuses to write an invalid calendar and keeps the stored one', () => {
    writeWorkingCalendar(session().db, { extraHolidays: ['2027-01-01'], extraWorkdays: [], arrangedYears: [] }, session().actor, new Date())
    const before = storedRow()
    const attempt = () => writeWorkingCalendar(session().db, { extraHolidays: ['2027-01-01'], extraWorkdays: ['2027-01-01'], arrangedYears: [] }, session().actor, new Date())
    expect(attempt).toThrow(AppError)
    expect(attempt).toThrow('工作日历不符合要求：2027-01-01 不能既是休息日又是工作日')
    expect(() => writeWorkingCalendar(session().db, { extraHolidays: ['2027-02-30'], extraWorkdays: [], arrangedYears: [] }, session().actor, new Date())).toThrow(/增加的休息日不是有效的日期/u)
    expect(storedRow()).toEqual(before)
  })

  it('reports a damaged stored value clearly instead of guessing', () => {
    const at = new Date().toISOString()
    session().db.insert(settings).values({ key: 'workingCalendar', value: { extraHolidays: ['明年元旦'], extraWorkdays: [], arrangedYears: [] }, updatedAt: at, updatedBy: null }).run()
    let error: unknown
    try {
      readWorkingCalendar(session().db)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringContaining('工作日历') })
    expect((error as AppError).message).toContain('增加的休息日的格式应为 年-月-日')

    session().db.update(settings).set({ value: 'not an object' }).where(eq(settings.key, 'workingCalendar')).run()
    expect(() => readWorkingCalendar(session().db)).toThrow(/工作日历.*已损坏/u)
  })
})
