import { describe, expect, it } from 'vitest'
import { decisionProblems, type DecisionInput } from '../../../shared/meetings/decision'
import { itemQuorum, quorumStatus } from '../../../shared/meetings/quorum'
import { topicOutcomes } from '../../../shared/meetings/vocabulary'

// What must hold before an outcome is recorded: 书记审定, the 书记专题会议 consultation for
// personnel, the quorum (two thirds for personnel, after recusals), and a vote that agrees
// with the outcome by the majority of 应到.

const members = Array.from({ length: 11 }, (_, index) => `m${index + 1}`)

const valid: DecisionInput = {
  outcome: 'passed',
  topicApproved: true,
  personnel: false,
  consultationDone: false,
  quorumRequired: true,
  quorum: quorumStatus(11, 9, 'meeting'),
  votes: { for: 7, against: 1, abstain: 1 },
  memberCount: 11,
  consultationRequired: true,
}
const codes = (input: DecisionInput) => decisionProblems(input).map((problem) => problem.code)

describe('decision problems', () => {
  it('a proper decision has none', () => {
    expect(decisionProblems(valid)).toEqual([])
    expect(decisionProblems({ ...valid, votes: null })).toEqual([])
    expect(decisionProblems({ ...valid, outcome: 'rejected', votes: { for: 5, against: 4, abstain: 0 } })).toEqual([])
    expect(decisionProblems({ ...valid, personnel: true, consultationDone: true, quorum: quorumStatus(11, 8, 'personnel'), votes: { for: 6, against: 2, abstain: 0 } })).toEqual([])
  })

  it('TOPIC_NOT_APPROVED: no decision on a topic the secretary has not approved', () => {
    expect(decisionProblems({ ...valid, topicApproved: false })).toEqual([{ code: 'TOPIC_NOT_APPROVED', message: '该议题尚未经书记审定，不能作出决定（不搞临时动议）。请先在议题中登记书记审定。' }])
  })

  it('CONSULTATION_REQUIRED: a personnel topic needs its 书记专题会议 first, where the body requires one', () => {
    const personnel = { ...valid, personnel: true, quorum: quorumStatus(11, 9, 'personnel') }
    expect(decisionProblems(personnel)).toEqual([{ code: 'CONSULTATION_REQUIRED', message: '干部任免议题须先经书记专题会议酝酿：请在议题中关联已召开的书记专题会议。' }])
    expect(codes({ ...personnel, consultationDone: true })).toEqual([])
    // The 专题会 itself consults: it needs no prior consultation.
    expect(codes({ ...personnel, consultationRequired: false })).toEqual([])
    // An ordinary topic never needs one.
    expect(codes({ ...valid, consultationDone: false })).toEqual([])
  })

  it('QUORUM_NOT_MET: personnel needs two thirds of 应到 after recusal', () => {
    const presence = { memberIds: members, presentIds: members.slice(0, 8), absentForItemIds: [], recusedIds: ['m3'] }
    const quorum = itemQuorum(presence, true)
    const problems = decisionProblems({ ...valid, personnel: true, consultationDone: true, quorum, votes: { for: 7, against: 0, abstain: 0 } })
    expect(problems).toEqual([{ code: 'QUORUM_NOT_MET', message: '不足法定人数，不能作出决定。讨论决定干部任免事项须三分之二以上成员到会：应到 11 人，实到 7 人，至少需 8 人，还差 1 人。' }])
    // Without the recusal the same attendance is enough.
    expect(codes({ ...valid, personnel: true, consultationDone: true, quorum: itemQuorum({ ...presence, recusedIds: [] }, true) })).toEqual([])
  })

  it('QUORUM_NOT_MET for an ordinary topic, unless the body does not enforce quorum', () => {
    const quorum = quorumStatus(11, 5, 'meeting')
    expect(codes({ ...valid, quorum, votes: { for: 5, against: 0, abstain: 0 } })).toEqual(['QUORUM_NOT_MET', 'VOTE_INVALID'])
    expect(codes({ ...valid, quorum, votes: null })).toEqual(['QUORUM_NOT_MET'])
    expect(codes({ ...valid, quorum, quorumRequired: false, votes: null })).toEqual([])
  })

  it('VOTE_INVALID: recorded as passed without a majority of 应到 (5 of 11 with 7 present)', () => {
    expect(decisionProblems({ ...valid, quorum: quorumStatus(11, 7, 'meeting'), votes: { for: 5, against: 2, abstain: 0 } })).toEqual([
      { code: 'VOTE_INVALID', message: '同意票 5 票，未超过应到会成员 11 人的半数（至少需 6 票），不能记为通过。' },
    ])
    expect(codes({ ...valid, quorum: quorumStatus(11, 7, 'meeting'), votes: { for: 6, against: 1, abstain: 0 } })).toEqual([])
  })

  it('VOTE_INVALID: recorded as rejected although a majority agreed', () => {
    expect(decisionProblems({ ...valid, outcome: 'rejected', votes: { for: 6, against: 3, abstain: 0 } })).toEqual([
      { code: 'VOTE_INVALID', message: '同意票 6 票，已超过应到会成员 11 人的半数，表决结果为通过，不能记为不通过。' },
    ])
  })

  it('VOTE_INVALID: a personnel item passed without a vote (逐一表决)', () => {
    expect(decisionProblems({ ...valid, personnel: true, consultationDone: true, quorum: quorumStatus(11, 9, 'personnel'), votes: null })).toEqual([
      { code: 'VOTE_INVALID', message: '干部任免事项须逐一表决：请先录入表决方式和票数。' },
    ])
    // Rejecting a candidate on views alone is allowed.
    expect(codes({ ...valid, outcome: 'rejected', personnel: true, consultationDone: true, quorum: quorumStatus(11, 9, 'personnel'), votes: null })).toEqual([])
  })

  it('VOTE_INVALID: a vote with no 应到 members cannot be counted', () => {
    expect(codes({ ...valid, memberCount: 0, quorum: quorumStatus(0, 0, 'meeting') })).toEqual(['QUORUM_NOT_MET', 'VOTE_INVALID'])
  })

  it('reports every problem at once, in order', () => {
    const everything: DecisionInput = { ...valid, topicApproved: false, personnel: true, consultationDone: false, quorum: quorumStatus(11, 7, 'personnel'), votes: { for: 5, against: 2, abstain: 0 } }
    expect(codes(everything)).toEqual(['TOPIC_NOT_APPROVED', 'CONSULTATION_REQUIRED', 'QUORUM_NOT_MET', 'VOTE_INVALID'])
  })

  it('缓议 and 撤回 decide nothing and need nothing', () => {
    const worst: DecisionInput = { ...valid, topicApproved: false, personnel: true, consultationDone: false, quorum: quorumStatus(11, 2, 'personnel'), votes: { for: 0, against: 2, abstain: 0 } }
    expect(decisionProblems({ ...worst, outcome: 'deferred' })).toEqual([])
    expect(decisionProblems({ ...worst, outcome: 'withdrawn' })).toEqual([])
    expect(topicOutcomes.filter((outcome) => decisionProblems({ ...worst, outcome }).length === 0)).toEqual(['deferred', 'withdrawn'])
  })
})
