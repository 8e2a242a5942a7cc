import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { readIcsArrangement, icsLimits } from '../../../shared/calendar/ics-arrangement'
import { applyIcsImport, icsImportSummary, planIcsImport } from '../../../shared/calendar/ics-import'
import { AppError } from '../../../shared/errors'
import type { IcsImportPreview, icsImportInput } from '../../../shared/ipc/channels/calendar'
import type { z } from 'zod'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { Session } from '../session'
import { readWorkingCalendar, writeWorkingCalendar } from './calendar-store'

// Importing the State Council's arrangement from an .ics file: read and shown first (nothing
// written), then saved in one transaction with its audit entry.

const icsFilters = [{ name: 'iCalendar 日历文件', extensions: ['ics'] }]

function refuse(problem: string): never {
  throw new AppError('CALENDAR_FILE_INVALID', `无法导入该日历文件：${problem}。工作日历未作任何修改。`)
}

function readText(path: string): string {
  let size: number
  try {
    size = statSync(path).size
  } catch {
    return refuse('找不到所选文件（可能已被移走）')
  }
  if (size > icsLimits.bytes) return refuse(`文件过大（超过 ${icsLimits.bytes / 1_000_000} MB），不像是节假日安排`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))
  } catch {
    return refuse('文件不是 UTF-8 编码的文本')
  }
}

export async function readIcsFile(session: Session, core: CoreContext): Promise<IcsImportPreview | null> {
  const [path] = await core.shell.pickOpenFiles({ title: '选择国家放假安排日历文件（.ics）', filters: icsFilters, multiple: false })
  if (path === undefined) return null
  const reading = readIcsArrangement(readText(path))
  if (!reading.ok) throw new AppError('CALENDAR_FILE_INVALID', reading.problem)
  return { fileName: basename(path), years: reading.years, plan: planIcsImport(reading.years, readWorkingCalendar(session.db)) }
}

export function importIcs(session: Session, core: CoreContext, input: z.output<typeof icsImportInput>): void {
  const now = core.now()
  session.db.transaction((tx) => {
    const calendar = readWorkingCalendar(tx)
    const plan = planIcsImport(input.years, calendar)
    if (plan.every((year) => year.bundled)) refuse(`文件中的年份（${plan.map((year) => year.year).join('、')}）本程序已内置国家放假安排，无需导入`)
    writeWorkingCalendar(tx, applyIcsImport(calendar, plan), session.actor, now)
    appendAudit(tx, session.actor, { action: 'calendar.importIcs', entity: 'settings', entityId: 'workingCalendar', summary: icsImportSummary(input.fileName, plan) }, now)
  })
}
