import { z } from 'zod'
import type { DashboardOverview, YearStatistics } from '../../dashboard/views'
import { channel } from '../define'
import { noInput } from '../fields'

export const dashboardChannels = {
  /** 首页: meetings to come, topics waiting, tasks overdue or due soon (the register's reminders come from personnel.reminders). */
  'dashboard.overview': channel<DashboardOverview>()({ input: noInput, access: 'records.read' }),
  /** 年度统计: meetings per body, attendance per member, topics per category, task completion and overdue rates. */
  'dashboard.yearStatistics': channel<YearStatistics>()({
    input: z.strictObject({ year: z.number({ error: '请选择年度' }).int({ error: '年度必须是整数' }).min(1950, { error: '年度不能早于1950年' }).max(2100, { error: '年度不能晚于2100年' }) }),
    access: 'records.read',
  }),
}
