/**
 * The codes stored for meetings and what the UI and documents call them. Every list is
 * `as const`, so zod enums, types and labels all come from here and cannot drift apart.
 */

export const bodyKinds = ['standing', 'plenary', 'secretary', 'joint', 'coordination', 'other'] as const
export type BodyKind = (typeof bodyKinds)[number]
export const bodyKindLabels: Record<BodyKind, string> = {
  standing: '常委会会议',
  plenary: '全体会议',
  secretary: '书记专题会议',
  joint: '党政联席会议',
  coordination: '议事协调机构会议',
  other: '其他会议',
}

export const meetingNumberings = ['year', 'term'] as const
export type MeetingNumbering = (typeof meetingNumberings)[number]
export const meetingNumberingLabels: Record<MeetingNumbering, string> = { year: '按年度编号（2026年第15次）', term: '按届次编号（第十三届第15次）' }

/** 筹备 → 已通知 → 进行中 → 已结束 → 已签发 */
export const meetingStatuses = ['preparing', 'notified', 'in_progress', 'ended', 'signed'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]
export const meetingStatusLabels: Record<MeetingStatus, string> = {
  preparing: '筹备',
  notified: '已通知',
  in_progress: '进行中',
  ended: '已结束',
  signed: '已签发',
}

/** The item type in which a member reports to the committee (季度工作报告). */
export const memberReportTitle = '常委向常委会报告分管工作'

/** 一般, or one of the 三重一大. */
export const topicCategories = ['general', 'major_decision', 'personnel', 'major_project', 'large_fund'] as const
export type TopicCategory = (typeof topicCategories)[number]
export const topicCategoryLabels: Record<TopicCategory, string> = {
  general: '一般事项',
  major_decision: '重大决策',
  personnel: '重要干部任免',
  major_project: '重大项目安排',
  large_fund: '大额度资金使用',
}
export const isThreeMajorsOneLarge = (category: TopicCategory) => category !== 'general'

export const attendanceStates = ['pending', 'present', 'leave'] as const
export type Attendance = (typeof attendanceStates)[number]
export const attendanceLabels: Record<Attendance, string> = { pending: '未登记', present: '出席', leave: '请假' }

export const leaveReasons = ['business', 'sick', 'personal', 'other'] as const
export type LeaveReason = (typeof leaveReasons)[number]
export const leaveReasonLabels: Record<LeaveReason, string> = { business: '公出', sick: '病假', personal: '事假', other: '其他' }

/** Present at the meeting but not in the room for one item. */
export const itemAbsenceKinds = ['late', 'left', 'out'] as const
export type ItemAbsenceKind = (typeof itemAbsenceKinds)[number]
export const itemAbsenceKindLabels: Record<ItemAbsenceKind, string> = { late: '迟到（未参加该议题）', left: '早退', out: '临时离席' }

export const stances = ['agree', 'disagree', 'defer', 'other'] as const
export type Stance = (typeof stances)[number]
export const stanceLabels: Record<Stance, string> = { agree: '同意', disagree: '不同意', defer: '缓议', other: '其他意见' }

export const voteMethods = ['voice', 'hands', 'named', 'secret'] as const
export type VoteMethod = (typeof voteMethods)[number]
export const voteMethodLabels: Record<VoteMethod, string> = { voice: '口头表决', hands: '举手表决', named: '记名投票', secret: '无记名投票' }

export const ballotChoices = ['for', 'against', 'abstain'] as const
export type BallotChoice = (typeof ballotChoices)[number]
export const ballotChoiceLabels: Record<BallotChoice, string> = { for: '同意', against: '不同意', abstain: '弃权' }

export const topicOutcomes = ['passed', 'rejected', 'deferred', 'withdrawn'] as const
export type TopicOutcome = (typeof topicOutcomes)[number]
export const topicOutcomeLabels: Record<TopicOutcome, string> = { passed: '通过', rejected: '不通过', deferred: '缓议', withdrawn: '撤回' }

/** Where a topic stands, derived from its approval and its agenda items. */
export const topicStates = ['proposed', 'approved', 'scheduled', 'deferred', 'decided', 'withdrawn'] as const
export type TopicState = (typeof topicStates)[number]
export const topicStateLabels: Record<TopicState, string> = {
  proposed: '待审定',
  approved: '已审定',
  scheduled: '已列入会议',
  deferred: '缓议待续',
  decided: '已决定',
  withdrawn: '已撤回',
}

export const workRoles = ['lead', 'assist'] as const
export type WorkRole = (typeof workRoles)[number]
export const workRoleLabels: Record<WorkRole, string> = { lead: '分管', assist: '协管' }

/** The quorum reading of 半数以上: 'half-or-more' (以上含本数, the default) or 'more-than-half'. */
export const quorumReadings = ['half-or-more', 'more-than-half'] as const
export type QuorumReading = (typeof quorumReadings)[number]
export const quorumReadingLabels: Record<QuorumReading, string> = {
  'half-or-more': '半数以上含本数（11 人须 6 人到会）',
  'more-than-half': '超过半数（11 人须 6 人，10 人须 6 人到会）',
}

export const amendmentTargets = ['meeting', 'agenda_item', 'speech', 'member'] as const
export type AmendmentTarget = (typeof amendmentTargets)[number]
