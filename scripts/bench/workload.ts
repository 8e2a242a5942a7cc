import type { YishiCore } from '../../electron/core'
import { isChannel, type Channel } from '../../shared/ipc/contract'
import { benchCall } from './bench-core'

// The query workload: what each screen asks for when it opens, through the real dispatcher.
// Channels other features are still adding are measured when the contract has them.

export interface Query {
  key: string
  /** What the figure means, for the table and the README. */
  label: string
  targetMs: number
  /** Several inputs pooled into one distribution (search: several queries). */
  calls: (() => Promise<unknown>)[]
}

export interface WorkloadContext {
  year: number
  today: string
  twentyTopicMeetingId: string
  cadreName: string
  memberName: string
  /** The 常委会's body, for the self-check. */
  standingBodyId: string | null
}

export const shortSearches = ['王', '财政', '廉政']
export const longSearches = ['乡村振兴', '老旧小区改造', '资金保障要落实', '区卫生健康局']

export function queryWorkload(core: YishiCore, context: WorkloadContext): Query[] {
  // The contract grows while other features land: call by name, checked against it.
  const call = (channel: string, input?: unknown) => () => benchCall(core, channel as Channel, input as never)
  const queries: Query[] = [
    { key: 'meetings.list', label: '会议列表（当年）', targetMs: 20, calls: [call('meetings.list', { year: context.year })] },
    { key: 'meetings.list.all', label: '会议列表（全部 30 年）', targetMs: 20, calls: [call('meetings.list', {})] },
    { key: 'meetings.get', label: '会议详情（20 个议题，含封存校验）', targetMs: 20, calls: [call('meetings.get', { id: context.twentyTopicMeetingId })] },
    { key: 'topics.list.open', label: '议题列表（待议）', targetMs: 20, calls: [call('topics.list', { scope: 'open' })] },
    { key: 'topics.list.year', label: '议题库（当年 + 待议）', targetMs: 20, calls: [call('topics.list', { scope: 'all', year: context.year })] },
    { key: 'roster.asOf', label: '某日常委名单', targetMs: 20, calls: [call('roster.asOf', { date: `${context.year - 12}-03-01` }), call('roster.asOf', { date: context.today })] },
    { key: 'personnel.searchRegister', label: '干部任免台账按姓名查', targetMs: 20, calls: [call('personnel.searchRegister', { name: context.cadreName })] },
    { key: 'personnel.listEntries', label: '专用记录本（当年）', targetMs: 20, calls: [call('personnel.listEntries', { year: context.year })] },
    { key: 'personnel.reminders', label: '任免提醒', targetMs: 20, calls: [call('personnel.reminders')] },
    { key: 'search.short', label: '搜索 1–2 字（字与双字索引）', targetMs: 20, calls: shortSearches.map((query) => call('search.query', { query })) },
    { key: 'search.long', label: '搜索 ≥3 字（FTS5 trigram）', targetMs: 50, calls: [...longSearches, context.memberName + '的'].slice(0, 4).map((query) => call('search.query', { query })) },
    { key: 'audit.list', label: '审计日志（最新 100 条）', targetMs: 20, calls: [call('audit.list', { limit: 100 })] },
  ]
  const optional: [Channel | string, Query][] = [
    ['followUp.list', { key: 'followUp.list.year', label: '督办列表（当年 + 未办结）', targetMs: 20, calls: [call('followUp.list', { year: context.year })] }],
    ['dashboard.overview', { key: 'dashboard.overview', label: '首页概览', targetMs: 20, calls: [call('dashboard.overview')] }],
    ['dashboard.yearStatistics', { key: 'dashboard.yearStatistics', label: '年度统计', targetMs: 20, calls: [call('dashboard.yearStatistics', { year: context.year })] }],
    ...(context.standingBodyId === null
      ? []
      : ([['selfCheck.run', { key: 'selfCheck.run', label: '议事规则自查（常委会，当年）', targetMs: 500, calls: [call('selfCheck.run', { bodyId: context.standingBodyId, period: { kind: 'year', year: context.year } })] }]] as [string, Query][])),
  ]
  for (const [channel, query] of optional) if (isChannel(channel)) queries.push(query)
  return queries
}

/** Whole-store work with no screen target of its own: walking the audit chain. */
export function auditVerify(core: YishiCore): Query {
  return { key: 'audit.verify', label: '审计链校验（全部条目）', targetMs: Number.NaN, calls: [() => benchCall(core, 'audit.verify')] }
}
