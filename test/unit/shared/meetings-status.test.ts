import { describe, expect, it } from 'vitest'
import { carriedOverTo, isBeforeMeeting, isOpenTopic, isRecordable, meetingNumberLabel, nextMeetingStatus, topicState, transitionProblem } from '../../../shared/meetings/status'
import { meetingStatuses, topicOutcomes, type MeetingStatus, type TopicOutcome, type TopicState } from '../../../shared/meetings/vocabulary'

// 筹备 → 已通知 → 进行中 → 已结束 → 已签发, one step at a time; 签发 seals.

const allowed: [MeetingStatus, MeetingStatus][] = [
  ['preparing', 'notified'],
  ['notified', 'in_progress'],
  ['in_progress', 'ended'],
  ['ended', 'signed'],
]
const isAllowed = (from: MeetingStatus, to: MeetingStatus) => allowed.some(([a, b]) => a === from && b === to)
const pairs = meetingStatuses.flatMap((from) => meetingStatuses.map((to) => [from, to] as const))

describe('meeting status transitions', () => {
  it('covers all 25 pairs', () => expect(pairs).toHaveLength(25))

  it.each(pairs)('%s → %s', (from, to) => {
    const problem = transitionProblem(from, to)
    if (isAllowed(from, to)) expect(problem).toBeNull()
    else expect(problem).toEqual(expect.any(String))
  })

  it('explains a skipped or backward step with the next allowed one', () => {
    expect(transitionProblem('preparing', 'in_progress')).toBe('会议处于“筹备”阶段，不能直接改为“进行中”（下一步是“已通知”）')
    expect(transitionProblem('ended', 'in_progress')).toBe('会议处于“已结束”阶段，不能直接改为“进行中”（下一步是“已签发”）')
    expect(transitionProblem('in_progress', 'preparing')).toBe('会议处于“进行中”阶段，不能直接改为“筹备”（下一步是“已结束”）')
  })

  it('a move to the same status says where the meeting already is', () => {
    expect(transitionProblem('notified', 'notified')).toBe('会议已处于“已通知”阶段')
  })

  it('nothing leaves 已签发: the record is sealed', () => {
    for (const to of meetingStatuses) expect(transitionProblem('signed', to)).toBe('会议记录已签发封存，状态不能再改变')
    expect(nextMeetingStatus('signed')).toBeNull()
  })

  it('next status walks the chain once', () => {
    const walked: MeetingStatus[] = ['preparing']
    for (let next = nextMeetingStatus('preparing'); next; next = nextMeetingStatus(next)) walked.push(next)
    expect(walked).toEqual([...meetingStatuses])
  })

  it('the agenda changes before the meeting; the record is written while it runs and until signing', () => {
    expect(meetingStatuses.filter(isBeforeMeeting)).toEqual(['preparing', 'notified'])
    expect(meetingStatuses.filter(isRecordable)).toEqual(['in_progress', 'ended'])
  })

  it('labels meetings by year or by term', () => {
    expect(meetingNumberLabel({ numbering: 'year', year: 2026, termName: '第十三届', sequence: 15, bodyName: '常委会会议' })).toBe('2026年第15次常委会会议')
    expect(meetingNumberLabel({ numbering: 'term', year: 2026, termName: '第十三届', sequence: 15, bodyName: '常委会会议' })).toBe('第十三届第15次常委会会议')
    // Numbering by term without a term falls back to the year.
    expect(meetingNumberLabel({ numbering: 'term', year: 2026, termName: null, sequence: 3, bodyName: '书记专题会议' })).toBe('2026年第3次书记专题会议')
  })
})

describe('topic state', () => {
  it('named cases', () => {
    expect(topicState({ approved: false, withdrawn: false, outcomes: [] })).toBe('proposed')
    expect(topicState({ approved: true, withdrawn: false, outcomes: [] })).toBe('approved')
    expect(topicState({ approved: true, withdrawn: false, outcomes: [null] })).toBe('scheduled')
    expect(topicState({ approved: true, withdrawn: false, outcomes: ['deferred'] })).toBe('deferred')
    // Deferred, then put on the next meeting: scheduled again; then passed: decided.
    expect(topicState({ approved: true, withdrawn: false, outcomes: ['deferred', null] })).toBe('scheduled')
    expect(topicState({ approved: true, withdrawn: false, outcomes: ['deferred', 'passed'] })).toBe('decided')
    expect(topicState({ approved: true, withdrawn: false, outcomes: ['rejected'] })).toBe('decided')
    expect(topicState({ approved: true, withdrawn: false, outcomes: ['withdrawn'] })).toBe('withdrawn')
    expect(topicState({ approved: false, withdrawn: true, outcomes: [] })).toBe('withdrawn')
    // Withdrawal outranks everything, even a recorded decision.
    expect(topicState({ approved: true, withdrawn: true, outcomes: ['passed'] })).toBe('withdrawn')
  })

  // Every combination of approval, withdrawal and up to three agenda items, against the
  // rule in words: withdrawn (by flag or outcome) > decided (any 通过/不通过) > pending on an
  // agenda (last item undecided) > deferred (last item 缓议) > approved or proposed.
  const values: (TopicOutcome | null)[] = [null, ...topicOutcomes]
  const histories: (TopicOutcome | null)[][] = [[]]
  for (let length = 1; length <= 3; length += 1) {
    for (const history of histories.filter((entry) => entry.length === length - 1)) for (const value of values) histories.push([...history, value])
  }
  const expected = (approved: boolean, withdrawn: boolean, outcomes: (TopicOutcome | null)[]): TopicState => {
    if (withdrawn || outcomes.includes('withdrawn')) return 'withdrawn'
    if (outcomes.includes('passed') || outcomes.includes('rejected')) return 'decided'
    if (outcomes.length > 0 && outcomes[outcomes.length - 1] === null) return 'scheduled'
    if (outcomes.length > 0 && outcomes[outcomes.length - 1] === 'deferred') return 'deferred'
    return approved ? 'approved' : 'proposed'
  }

  it(`every combination (${histories.length * 4})`, () => {
    expect(histories).toHaveLength(1 + 5 + 25 + 125)
    for (const approved of [false, true]) {
      for (const withdrawn of [false, true]) {
        for (const outcomes of histories) expect(topicState({ approved, withdrawn, outcomes }), JSON.stringify({ approved, withdrawn, outcomes })).toBe(expected(approved, withdrawn, outcomes))
      }
    }
  })

  it('only proposed, approved and deferred topics can go on a further agenda', () => {
    expect((['proposed', 'approved', 'scheduled', 'deferred', 'decided', 'withdrawn'] as const).filter(isOpenTopic)).toEqual(['proposed', 'approved', 'deferred'])
  })
})

describe('a deferred topic carried over (缓议)', () => {
  const history = [
    { itemId: 'a', meetingLabel: '2026年第1次常委会会议' },
    { itemId: 'b', meetingLabel: '2026年第2次常委会会议' },
    { itemId: 'c', meetingLabel: '2026年第3次常委会会议' },
  ]
  it('names the next meeting the topic went on after this item, none for the last or an unknown item', () => {
    expect(carriedOverTo(history, 'a')).toBe('2026年第2次常委会会议')
    expect(carriedOverTo(history, 'b')).toBe('2026年第3次常委会会议')
    expect(carriedOverTo(history, 'c')).toBeNull()
    expect(carriedOverTo(history, 'x')).toBeNull()
    expect(carriedOverTo([], 'a')).toBeNull()
  })
})
