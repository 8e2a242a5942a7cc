import type { ErrorCode } from '../errors'
import { describeQuorum, type QuorumStatus } from './quorum'
import { voteOutcome, type VoteCounts } from './voting'
import type { TopicOutcome } from './vocabulary'

/**
 * What must hold before an outcome is recorded for an agenda item. The live screen shows
 * these problems as the recorder works; core refuses the save with the first one.
 */
export interface DecisionInput {
  outcome: TopicOutcome
  topicApproved: boolean
  personnel: boolean
  /** For a personnel topic at a body that decides (常委会): the 书记专题会议 consultation is linked and held. */
  consultationDone: boolean
  /** Whether the body enforces the quorum rules. */
  quorumRequired: boolean
  quorum: QuorumStatus
  /** Counts when a vote was recorded; null when none. */
  votes: VoteCounts | null
  /** 应到 members, the base of the majority. */
  memberCount: number
  /** Whether this body's personnel topics need a prior consultation (常委会 yes; the 专题会 itself no). */
  consultationRequired: boolean
}

export interface DecisionProblem {
  code: ErrorCode
  message: string
}

export function decisionProblems(input: DecisionInput): DecisionProblem[] {
  // 缓议 and 撤回 decide nothing: no quorum or vote is needed to put a topic off.
  if (input.outcome === 'deferred' || input.outcome === 'withdrawn') return []
  const problems: DecisionProblem[] = []
  if (!input.topicApproved) problems.push({ code: 'TOPIC_NOT_APPROVED', message: '该议题尚未经书记审定，不能作出决定（不搞临时动议）。请先在议题中登记书记审定。' })
  if (input.personnel && input.consultationRequired && !input.consultationDone) {
    problems.push({ code: 'CONSULTATION_REQUIRED', message: '干部任免议题须先经书记专题会议酝酿：请在议题中关联已召开的书记专题会议。' })
  }
  if (input.quorumRequired && !input.quorum.met) problems.push({ code: 'QUORUM_NOT_MET', message: `不足法定人数，不能作出决定。${describeQuorum(input.quorum)}。` })
  if (input.votes && input.memberCount < 1) {
    // No members as of the date: there is no 应到 to take a majority of.
    problems.push({ code: 'VOTE_INVALID', message: '会议日期时该会议没有应到会成员，无法按“应到会成员超过半数同意”计算表决结果。请先核对成员名单。' })
  } else if (input.votes) {
    const result = voteOutcome(input.memberCount, input.votes.for)
    if (input.outcome === 'passed' && !result.passed) {
      problems.push({ code: 'VOTE_INVALID', message: `同意票 ${result.votesFor} 票，未超过应到会成员 ${result.members} 人的半数（至少需 ${result.required} 票），不能记为通过。` })
    }
    if (input.outcome === 'rejected' && result.passed) {
      problems.push({ code: 'VOTE_INVALID', message: `同意票 ${result.votesFor} 票，已超过应到会成员 ${result.members} 人的半数，表决结果为通过，不能记为不通过。` })
    }
  } else if (input.outcome === 'passed' && input.personnel) {
    problems.push({ code: 'VOTE_INVALID', message: '干部任免事项须逐一表决：请先录入表决方式和票数。' })
  }
  return problems
}
