import type { MemberKey } from './roster-data'

// The units that propose topics, who reports for them, and which member's field they are in.

export interface UnitData {
  presenter: string
  area: MemberKey
}

export const units: Record<string, UnitData> = {
  区发展改革委: { presenter: '李卫东（区发展改革委主任）', area: 'mayor' },
  区财政局: { presenter: '赵强（区财政局局长）', area: 'mayor' },
  区审计局: { presenter: '钱慧（区审计局局长）', area: 'mayor' },
  区住房城乡建设局: { presenter: '孙丽（区住房城乡建设局局长）', area: 'executive' },
  区自然资源局: { presenter: '马骏（区自然资源局局长）', area: 'executive' },
  区交通运输局: { presenter: '钱进（区交通运输局局长）', area: 'executive' },
  区应急管理局: { presenter: '高峰（区应急管理局局长）', area: 'executive' },
  区农业农村局: { presenter: '朱丰收（区农业农村局局长）', area: 'deputy' },
  区水利局: { presenter: '蒋涛（区水利局局长）', area: 'deputy' },
  区教育局: { presenter: '许文博（区教育局局长）', area: 'mayor' },
  区卫生健康局: { presenter: '韩冰（区卫生健康局局长）', area: 'mayor' },
  区民政局: { presenter: '杨柳（区民政局局长）', area: 'mayor' },
  区委组织部: { presenter: '曹敏（区委组织部常务副部长）', area: 'organization' },
  区纪委监委: { presenter: '冯雪（区纪委副书记）', area: 'discipline' },
  区委政法委: { presenter: '邓勇（区委政法委常务副书记）', area: 'legal' },
  区委宣传部: { presenter: '彭丽（区委宣传部常务副部长）', area: 'publicity' },
  区委统战部: { presenter: '曾宪（区委统战部常务副部长）', area: 'unitedFront' },
  区委办公室: { presenter: '袁航（区委办公室副主任）', area: 'office' },
  区人武部: { presenter: '谢刚（区人武部政委）', area: 'military' },
  区总工会: { presenter: '罗芳（区总工会常务副主席）', area: 'deputy' },
}

export type UnitName = keyof typeof units

/** Fields that change hands on 1 July (see roster-data): the member in charge on a day. */
export function leaderFor(area: MemberKey, date: string): MemberKey {
  if (date < '2026-07-01') return area
  if (area === 'deputy') return 'executive'
  if (area === 'executive') return 'newExecutive'
  return area
}
