import { describeQuorum, itemQuorum, participantsOf, type QuorumStatus } from '../meetings/quorum'
import { countsProblem, majorityRequired, type VoteCounts } from '../meetings/voting'
import type { QuorumReading, VoteMethod } from '../meetings/vocabulary'
import type { DecisionResult, MemberView } from './vocabulary'

// One candidate's decision (逐一表决): quorum after this candidate's recusals, each
// participant's view, and the 应到-majority. A block vote cannot be expressed: the input
// is one candidate.

export interface CandidateDecisionInput {
  /** 应到: the body's members as of the meeting date. */
  memberIds: readonly string[]
  presentIds: readonly string[]
  absentForItemIds: readonly string[]
  /** Recused (回避) for this candidate. */
  recusedIds: readonly string[]
  /** Bodies whose decisions need a quorum (the 常委会); personnel items need two thirds. */
  quorumRequired: boolean
  reading?: QuorumReading
  voteMethod: VoteMethod
  /** Each participant's view; for a secret ballot (无记名投票) there are none, only counts. */
  views: Readonly<Record<string, MemberView>>
  counts: VoteCounts | null
  deferred: boolean
}

export interface CandidateDecision {
  quorum: QuorumStatus
  participants: string[]
  required: number
  counts: VoteCounts
  result: DecisionResult
}

export type CandidateDecisionCheck =
  | ({ ok: true } & CandidateDecision)
  | { ok: false; code: 'QUORUM_NOT_MET' | 'VOTE_INVALID'; problem: string }

function viewCounts(participants: readonly string[], views: Readonly<Record<string, MemberView>>): VoteCounts {
  const counts: VoteCounts = { for: 0, against: 0, abstain: 0 }
  for (const id of participants) {
    const view = views[id]
    if (view === 'agree') counts.for += 1
    else if (view === 'disagree') counts.against += 1
    else counts.abstain += 1
  }
  return counts
}

export function checkCandidateDecision(input: CandidateDecisionInput, nameOf: (memberId: string) => string): CandidateDecisionCheck {
  const presence = { memberIds: input.memberIds, presentIds: input.presentIds, absentForItemIds: input.absentForItemIds, recusedIds: input.recusedIds }
  const members = new Set(input.memberIds)
  const stranger = input.recusedIds.find((id) => !members.has(id))
  if (stranger !== undefined) return { ok: false, code: 'VOTE_INVALID', problem: `${nameOf(stranger)}不是本次会议的应到成员，不能登记回避` }
  const quorum = itemQuorum(presence, true, input.reading)
  if (input.quorumRequired && !quorum.met) {
    return { ok: false, code: 'QUORUM_NOT_MET', problem: `该人选（回避后）${describeQuorum(quorum)}，不能作出决定` }
  }
  const participants = participantsOf(presence)
  const inRoom = new Set(participants)
  let counts: VoteCounts
  if (input.voteMethod === 'secret') {
    if (Object.keys(input.views).length > 0) return { ok: false, code: 'VOTE_INVALID', problem: '无记名投票不记录每名成员的意见，只登记票数' }
    if (input.counts === null) return { ok: false, code: 'VOTE_INVALID', problem: '无记名投票须登记同意、不同意和弃权的票数' }
    const problem = countsProblem(input.counts, participants.length)
    if (problem !== null) return { ok: false, code: 'VOTE_INVALID', problem }
    counts = input.counts
  } else {
    const outsider = Object.keys(input.views).find((id) => !inRoom.has(id))
    if (outsider !== undefined) return { ok: false, code: 'VOTE_INVALID', problem: `${nameOf(outsider)}未出席、不在场或已回避，不能对该人选发表意见` }
    const silent = participants.filter((id) => input.views[id] === undefined)
    if (silent.length > 0) return { ok: false, code: 'VOTE_INVALID', problem: `请登记${silent.map(nameOf).join('、')}对该人选的意见（同意、不同意或缓议）` }
    counts = viewCounts(participants, input.views)
  }
  const required = majorityRequired(Math.max(1, members.size))
  const result: DecisionResult = input.deferred ? 'deferred' : counts.for >= required ? 'passed' : 'rejected'
  return { ok: true, quorum, participants, required, counts, result }
}

/** 复议: a decided candidate, before the appointment notice, with more than half of members agreeing. */
export function reconsiderationProblem(memberCount: number, agreeing: number | null, appointmentIssued: boolean): string | null {
  if (appointmentIssued) return '该人选的任职通知已经下发，不能复议'
  const required = majorityRequired(Math.max(1, memberCount))
  if (agreeing === null) return `该人选已作出决定，复议须经超过半数的成员同意（应到 ${memberCount} 人，至少 ${required} 人），请登记同意复议的人数`
  if (!Number.isInteger(agreeing) || agreeing < 0 || agreeing > memberCount) return `同意复议的人数应在 0 至 ${memberCount} 之间`
  if (agreeing < required) return `复议须经超过半数的成员同意：应到 ${memberCount} 人，至少需 ${required} 人同意，实际 ${agreeing} 人`
  return null
}
