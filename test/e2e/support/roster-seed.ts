import type { YishiCore } from '../../../electron/core'
import type { MembershipView } from '../../../shared/roster/views'
import { dispatch } from './dispatch'

/** A standing committee of 11, by rank, as the demo committee has it. */
export const standingCommittee = [
  { name: '张国华', post: '区委书记' },
  { name: '李明远', post: '区委副书记、区长' },
  { name: '王建平', post: '区委副书记' },
  { name: '赵文静', post: '区委常委、纪委书记、监委主任' },
  { name: '陈志强', post: '区委常委、组织部部长' },
  { name: '刘海燕', post: '区委常委、宣传部部长' },
  { name: '孙立新', post: '区委常委、政法委书记' },
  { name: '周晓东', post: '区委常委、统战部部长' },
  { name: '吴红梅', post: '区委常委、常务副区长' },
  { name: '郑永刚', post: '区委常委、区人武部部长' },
  { name: '黄丽', post: '区委常委、办公室主任' },
] as const

/**
 * The roster through the real core (the 成员 screens are tested on their own): each member
 * joins on `startDate` with their post and rank. Needs an unlocked session with records.write.
 */
export async function seedStandingCommittee(core: YishiCore, startDate: string): Promise<MembershipView[]> {
  const memberships: MembershipView[] = []
  for (const [index, member] of standingCommittee.entries()) {
    memberships.push(
      await dispatch<MembershipView>(core, 'roster.addMembership', { newPerson: { name: member.name, sex: null, unit: null, note: null }, post: member.post, rank: index + 1, startDate }),
    )
  }
  return memberships
}

