import { voteOutcome, type VoteCounts, type VoteOutcome } from './voting'

// 无记名投票的计票 (secret ballot tally): one ballot per member taking part in the item
// (present, not out of the room for it, not recused for the whole item) lists every
// candidate. The same check runs live on the tally screen and in core before anything is
// saved: 收回 ≤ 发出; 有效 + 无效 = 收回; per candidate 同意 + 不同意 + 弃权 ≤ 有效; 监票人 and
// 计票人 are present members, each in one role. The outcome is the 应到 majority as for
// every other vote (voteOutcome).

export interface BallotTallyInput {
  /** 发出: computed from the item's participants, never typed. */
  issued: number
  returned: number
  valid: number
  invalid: number
  /** Per candidate (or the item itself for a non-personnel vote), in ballot order. */
  candidates: readonly { name: string; counts: VoteCounts }[]
  /** 监票人 and 计票人 (member ids). */
  scrutineerIds: readonly string[]
  tellerIds: readonly string[]
  /** Members present at the meeting (实到): the only ones who may count. */
  presentIds: readonly string[]
  /** 应到: the base of the majority. */
  memberCount: number
}

export type BallotTallyCheck = { ok: true; outcomes: VoteOutcome[] } | { ok: false; problem: string }

const wholeNumber = (value: number) => Number.isInteger(value) && value >= 0

function countsProblem(input: BallotTallyInput): string | null {
  if (![input.issued, input.returned, input.valid, input.invalid].every(wholeNumber)) return '收回、有效和无效票数必须是不小于 0 的整数'
  if (input.issued < 1) return '参加该议题表决的成员为 0 人，没有发出表决票，不能计票'
  if (input.returned > input.issued) return `收回表决票 ${input.returned} 张，多于发出的 ${input.issued} 张`
  if (input.valid + input.invalid !== input.returned) {
    return `有效票 ${input.valid} 张加无效票 ${input.invalid} 张共 ${input.valid + input.invalid} 张，应等于收回的 ${input.returned} 张`
  }
  if (input.candidates.length === 0) return '表决票上没有人选，不能计票'
  for (const { name, counts } of input.candidates) {
    if (![counts.for, counts.against, counts.abstain].every(wholeNumber)) return `${name}的票数必须是不小于 0 的整数`
    const total = counts.for + counts.against + counts.abstain
    // A ballot marked more than once for a candidate is void for that candidate: fewer, never more.
    if (total > input.valid) return `${name}的同意、不同意、弃权票合计 ${total} 票，多于有效票 ${input.valid} 张`
  }
  return null
}

function countersProblem(input: BallotTallyInput, nameOf: (memberId: string) => string): string | null {
  if (input.scrutineerIds.length === 0) return '请从出席会议的成员中选定监票人'
  if (input.tellerIds.length === 0) return '请从出席会议的成员中选定计票人'
  const present = new Set(input.presentIds)
  const seen = new Set<string>()
  for (const [role, ids] of [['监票人', input.scrutineerIds], ['计票人', input.tellerIds]] as const) {
    for (const id of ids) {
      if (!present.has(id)) return `${nameOf(id)}未出席会议，不能担任${role}`
      if (seen.has(id)) return `${nameOf(id)}不能重复担任监票人或计票人`
      seen.add(id)
    }
  }
  return null
}

/** The first problem with a tally (in Chinese), or the outcome per candidate on the 应到 majority. */
export function checkBallotTally(input: BallotTallyInput, nameOf: (memberId: string) => string): BallotTallyCheck {
  const problem = countsProblem(input) ?? countersProblem(input, nameOf)
  if (problem !== null) return { ok: false, problem }
  if (input.memberCount < 1) return { ok: false, problem: '会议日期时没有应到会成员，无法按“应到会成员超过半数同意”计算表决结果' }
  return { ok: true, outcomes: input.candidates.map((c) => voteOutcome(input.memberCount, c.counts.for)) }
}

export interface SecretBallotFigures {
  members: number
  present: number
  issued: number
  returned: number
  valid: number
  invalid: number
  counts: VoteCounts
}

/** 应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票 (无效票 only when there were any). */
export function secretBallotText(f: SecretBallotFigures): string {
  const invalid = f.invalid > 0 ? `，无效票${f.invalid}张` : ''
  return `应到${f.members}人，实到${f.present}人，发出表决票${f.issued}张，收回${f.returned}张，有效票${f.valid}张${invalid}；同意${f.counts.for}票，不同意${f.counts.against}票，弃权${f.counts.abstain}票`
}
