import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { adminPassword, createdVault, removeDir, tempDir, type TestCore } from '../../support/vault'

// Importing a year's 放假安排 from an .ics file on a real vault: read and previewed without
// writing anything, then saved with an audit entry; a bad file changes nothing.

const fixture = resolve(__dirname, '../../fixtures/ics/2027.ics')
const shipped2026 = resolve(__dirname, '../../../node_modules/chinese-days/dist/years/2026.ics')

let core: TestCore
let files: string
beforeEach(async () => {
  files = tempDir('yishi-ics-')
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
})
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
  removeDir(files)
})

async function state() {
  return { calendar: await core.call('calendar.get'), audit: (await core.call('audit.verify')).checked }
}

describe('importing an .ics arrangement', () => {
  it('previews the 2027 fixture without saving, then saves it with an audit entry and the year marked entered', async () => {
    const before = await state()
    core.dialogs.openFiles.push([fixture])
    const preview = await core.call('calendar.readIcs')
    if (!preview) throw new Error('a preview expected')
    expect(core.dialogs.requests.at(-1)).toEqual({ kind: 'open', title: '选择国家放假安排日历文件（.ics）' })
    expect(preview.fileName).toBe('2027.ics')
    expect(preview.plan).toEqual([expect.objectContaining({ year: 2027, bundled: false, turned: [], alreadyEntered: 0, wasArranged: false })])
    expect(preview.plan[0]!.addHolidays).toHaveLength(29)
    expect(preview.plan[0]!.addWorkdays).toEqual(['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'])
    expect(await state()).toEqual(before)

    const after = await core.call('calendar.importIcs', { fileName: preview.fileName, years: preview.years })
    expect(after.calendar.arrangedYears).toEqual([2027])
    expect(after.calendar.extraHolidays).toHaveLength(29)
    const [entry] = await core.call('audit.list', { limit: 1 })
    expect(entry).toMatchObject({ action: 'calendar.importIcs', summary: '从“2027.ics”导入国家放假安排：2027年（休息日 29 天，调休上班 6 天）' })
    expect(after.calendar.extraHolidays.slice(0, 3)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03'])
  })

  it('a cancelled dialog reads nothing', async () => {
    expect(await core.call('calendar.readIcs')).toBeNull()
  })

  it('a year the program already carries is not imported', async () => {
    core.dialogs.openFiles.push([shipped2026])
    const preview = await core.call('calendar.readIcs')
    expect(preview?.plan).toEqual([expect.objectContaining({ year: 2026, bundled: true, addHolidays: [], addWorkdays: [] })])
    const before = await state()
    const refused = await core.raw('calendar.importIcs', { fileName: '2026.ics', years: preview!.years })
    expect(refused).toEqual({ ok: false, error: { code: 'CALENDAR_FILE_INVALID', message: '无法导入该日历文件：文件中的年份（2026）本程序已内置国家放假安排，无需导入。工作日历未作任何修改。' } })
    expect(await state()).toEqual(before)
  })

  it.each([
    ['a cut-off file', (text: string) => text.slice(0, 3000), /损坏|不是全天|没有注明/u],
    ['a recurring event', (text: string) => text.replace('DTEND;VALUE=DATE:20270104', 'DTEND;VALUE=DATE:20270104\r\nRRULE:FREQ=DAILY;COUNT=100000'), /重复日程/u],
    ['a Word document renamed', () => 'PK\u0003\u0004word/document.xml', /不是 iCalendar/u],
  ])('%s is refused with a Chinese message and changes nothing', async (_name, damage, expected) => {
    const before = await state()
    const file = join(files, 'bad.ics')
    writeFileSync(file, damage(readFileSync(fixture, 'utf8')))
    core.dialogs.openFiles.push([file])
    const result = await core.raw('calendar.readIcs')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('CALENDAR_FILE_INVALID')
    expect(result.error.message).toMatch(expected)
    expect(result.error.message).toMatch(/工作日历未作任何修改。$/u)
    expect(await state()).toEqual(before)
  })

  it('a file that is not UTF-8 text is refused', async () => {
    const file = join(files, 'gbk.ics')
    writeFileSync(file, Buffer.from([0x42, 0x45, 0x47, 0x49, 0x4e, 0x3a, 0xb4, 0xba, 0xbd, 0xda, 0xff, 0xfe]))
    core.dialogs.openFiles.push([file])
    expect(await core.raw('calendar.readIcs')).toEqual({ ok: false, error: { code: 'CALENDAR_FILE_INVALID', message: '无法导入该日历文件：文件不是 UTF-8 编码的文本。工作日历未作任何修改。' } })
  })

  it('an arrangement sent back with dates outside its year is refused by the channel', async () => {
    const result = await core.raw('calendar.importIcs', { fileName: 'x.ics', years: [{ year: 2027, holidays: ['2028-01-01'], workdays: [] }] })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
