import type { TestCore } from './vault'

/** An 11-member standing committee, by rank (the order of seed 000's examples). */
export const standingCommittee = [
  { name: '赵立新', post: '区委书记', sex: '男' },
  { name: '钱学文', post: '区委副书记、区长', sex: '男' },
  { name: '孙丽华', post: '区委副书记', sex: '女' },
  { name: '李建国', post: '区委常委、常务副区长', sex: '男' },
  { name: '周志强', post: '区委常委、纪委书记、监委主任', sex: '男' },
  { name: '吴明', post: '区委常委、组织部部长', sex: '男' },
  { name: '郑红梅', post: '区委常委、宣传部部长', sex: '女' },
  { name: '王海', post: '区委常委、政法委书记', sex: '男' },
  { name: '冯静', post: '区委常委、统战部部长', sex: '女' },
  { name: '陈刚', post: '区委常委、区委办公室主任', sex: '男' },
  { name: '褚向东', post: '区委常委、副区长', sex: '男' },
] as const

export interface EnteredMember {
  personId: string
  membershipId: string
  name: string
  rank: number
}

/**
 * Enters the standing committee through the roster channels, from `startDate`, ranks 1…n.
 * Returns the members by name.
 */
export async function enterRoster(core: TestCore, startDate = '2026-01-01', members: readonly { name: string; post: string; sex: '男' | '女' }[] = standingCommittee): Promise<Map<string, EnteredMember>> {
  const entered = new Map<string, EnteredMember>()
  for (const [index, member] of members.entries()) {
    const membership = await core.call('roster.addMembership', { newPerson: { name: member.name, sex: member.sex, unit: null, note: null }, post: member.post, rank: index + 1, startDate })
    entered.set(member.name, { personId: membership.personId, membershipId: membership.id, name: member.name, rank: index + 1 })
  }
  return entered
}

/** The entered member called `name` (fails the test when absent). */
export function member(roster: Map<string, EnteredMember>, name: string): EnteredMember {
  const found = roster.get(name)
  if (!found) throw new Error(`no member ${name} in the test roster`)
  return found
}
