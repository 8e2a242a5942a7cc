import { z } from 'zod'
import { plainText } from '../ipc/fields'

/** Office-wide settings kept inside the encrypted main store. */
export const settingsSchema = z.strictObject({
  committeeName: plainText(64, '党委全称'),
  committeeShortName: plainText(32, '简称'),
  idleLockMinutes: z
    .number({ error: '自动锁定时间必须是数字' })
    .int({ error: '自动锁定时间必须是整数分钟' })
    .min(1, { error: '自动锁定时间至少 1 分钟' })
    .max(240, { error: '自动锁定时间不能超过 240 分钟' }),
  /** While a meeting is being recorded on this machine, the idle lock waits this long instead (a 汇报 runs longer than 10 minutes). */
  meetingIdleLockMinutes: z
    .number({ error: '会议进行中的自动锁定时间必须是数字' })
    .int({ error: '会议进行中的自动锁定时间必须是整数分钟' })
    .min(1, { error: '会议进行中的自动锁定时间至少 1 分钟' })
    .max(480, { error: '会议进行中的自动锁定时间不能超过 480 分钟' })
    // Vaults written before this setting existed read as the default.
    .default(60),
})

export type Settings = z.infer<typeof settingsSchema>

export const defaultIdleLockMinutes = 10
export const defaultMeetingIdleLockMinutes = 60

export const settingsLabels: Record<keyof Settings, string> = {
  committeeName: '党委全称',
  committeeShortName: '简称',
  idleLockMinutes: '闲置自动锁定（分钟）',
  meetingIdleLockMinutes: '会议进行中闲置自动锁定（分钟）',
}
