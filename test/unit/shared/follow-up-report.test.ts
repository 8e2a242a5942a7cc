import { describe, expect, it } from 'vitest'
import { buildFollowUpReport, followUpReportTitle } from '../../../shared/documents/follow-up-report'
import type { FollowUpRow } from '../../../shared/follow-up/views'

// The 督办通报 as a pure function of the list: title, counts, the overdue table, the office's signature.

const row = (extra: Partial<FollowUpRow>): FollowUpRow =>
  ({
    topicTitle: '关于河道整治的方案',
    meetingLabel: '2026年第3次常委会会议',
    category: 'major_project',
    leadLeaderName: '李建国',
    responsibleUnits: '区水利局',
    deadline: '2026-10-31',
    effectiveDeadline: '2026-11-02',
    status: 'in_progress',
    dueSoon: false,
    ...extra,
  }) as FollowUpRow

const input = { today: '2026-11-23', issuerShortName: '区委', office: '中共示例区委办公室' }
const texts = (rows: FollowUpRow[]) =>
  buildFollowUpReport({ ...input, rows }).blocks.map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : block.kind === 'table' ? block.rows.map((cells) => cells.join('|')).join('\n') : 'text' in block ? block.text : block.kind === 'signature' ? `${block.issuer} ${block.date}` : ''))

describe('督办通报', () => {
  it('is titled by the year, or by the meeting the list was filtered to', () => {
    expect(followUpReportTitle(input)).toBe('关于2026年区委常委会决策事项督办情况的通报')
    expect(followUpReportTitle({ ...input, meetingLabel: '2026年第15次常委会会议' })).toBe('关于2026年第15次常委会会议决策事项督办情况的通报')
  })

  it('counts each status, lists the overdue ones with days from the moved deadline, ends with the office and date', () => {
    const lines = texts([row({ status: 'overdue' }), row({ topicTitle: '关于新建体育馆的方案', status: 'closed', category: 'large_fund' }), row({ status: 'completed' }), row({ status: 'not_started', dueSoon: true, effectiveDeadline: '2026-11-27' })])
    expect(lines).toContain('为推动区委常委会决策部署落地落实，中共示例区委办公室对2026年以来区委常委会会议议定事项的落实情况进行了跟踪督办。截至2026年11月23日，共有督办事项4项，其中已办结2项，推进中0项，未启动1项，逾期1项。现将有关情况通报如下。')
    expect(lines).toContain('从事项类别看，重大项目安排3项，大额度资金使用1项。从办理进度看，已办结2项（其中经回头看确认销号1项），办结率50%；推进中0项，未启动1项，逾期1项，逾期率25%。')
    expect(lines.find((line) => line.startsWith('另有1项将在7日内到期'))).toContain('（区水利局，2026年11月27日）')
    // Due 31 October (a Saturday), moved to Monday 2 November: 21 days overdue on 23 November.
    expect(lines).toContain('1|关于河道整治的方案\n（2026年第3次常委会会议）|李建国|区水利局|10月31日|21天')
    expect(lines.at(-1)).toBe('中共示例区委办公室 2026年11月23日')
  })

  it('with no tasks: zero counts, no division by zero, no overdue table', () => {
    const lines = texts([])
    expect(lines.join('\n')).toContain('共有督办事项0项')
    expect(lines.join('\n')).toContain('办结率0%')
    expect(lines).toContain('截至目前，没有逾期未办结的事项。')
  })
})
