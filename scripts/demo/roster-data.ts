// The standing committee of 中共示例区委员会 (fictional people), its fields of work and duties.

export type MemberKey = 'secretary' | 'mayor' | 'deputy' | 'executive' | 'organization' | 'discipline' | 'legal' | 'publicity' | 'unitedFront' | 'office' | 'military' | 'newExecutive'

export interface MemberData {
  key: MemberKey
  name: string
  sex: '男' | '女'
  post: string
  rank: number
  since: string
  duties: string[]
}

export const termData = { name: '第十三届', startDate: '2021-09-28' }

/** The eleven members at the start of 2026, by rank. */
export const members: MemberData[] = [
  { key: 'secretary', name: '陈建国', sex: '男', post: '区委书记', rank: 1, since: '2021-09-28', duties: ['主持区委全面工作，履行管党治党第一责任人职责', '召集和主持区委常委会会议、书记专题会议', '负责重大决策、重要干部任免、重大项目安排和大额度资金使用的统筹'] },
  { key: 'mayor', name: '林晓红', sex: '女', post: '区委副书记、区长', rank: 2, since: '2021-09-28', duties: ['主持区政府全面工作', '负责经济发展、财政金融、审计工作', '落实区委重大决策部署，定期向区委常委会报告政府工作'] },
  { key: 'deputy', name: '赵志刚', sex: '男', post: '区委副书记', rank: 3, since: '2021-09-28', duties: ['协助书记处理区委日常工作', '负责乡村振兴、群团工作', '分管党校、机关工委'] },
  { key: 'executive', name: '周文涛', sex: '男', post: '区委常委、常务副区长', rank: 4, since: '2022-03-15', duties: ['协助区长负责区政府常务工作', '负责城乡建设、自然资源、交通运输', '负责安全生产和应急管理'] },
  { key: 'organization', name: '吴海燕', sex: '女', post: '区委常委、组织部部长', rank: 5, since: '2021-09-28', duties: ['负责组织工作和干部队伍建设', '负责基层党组织建设和党员教育管理', '负责人才工作和机构编制工作'] },
  { key: 'discipline', name: '郑国平', sex: '男', post: '区委常委、纪委书记、监委主任', rank: 6, since: '2021-09-28', duties: ['主持区纪委监委全面工作', '负责党风廉政建设和反腐败工作', '负责巡察工作'] },
  { key: 'legal', name: '王立新', sex: '男', post: '区委常委、政法委书记', rank: 7, since: '2021-09-28', duties: ['负责政法工作和平安建设', '负责社会治安综合治理和信访维稳', '联系区法院、区检察院'] },
  { key: 'publicity', name: '刘静', sex: '女', post: '区委常委、宣传部部长', rank: 8, since: '2023-06-20', duties: ['负责宣传思想文化工作', '负责意识形态工作和网络安全', '负责精神文明建设和融媒体中心'] },
  { key: 'unitedFront', name: '孙明', sex: '男', post: '区委常委、统战部部长', rank: 9, since: '2021-09-28', duties: ['负责统一战线工作', '负责民族宗教和侨务工作', '联系区工商联、各民主党派'] },
  { key: 'office', name: '黄振宇', sex: '男', post: '区委常委、区委办公室主任', rank: 10, since: '2021-09-28', duties: ['负责区委办公室全面工作', '负责督查督办、机要保密、档案工作', '负责区委常委会会议的组织和会议纪要'] },
  { key: 'military', name: '何军', sex: '男', post: '区委常委、人武部部长', rank: 11, since: '2024-01-10', duties: ['负责党管武装和国防动员工作', '负责民兵预备役和征兵工作', '负责双拥工作'] },
]

/**
 * The change during the year, on 1 July 2026: 赵志刚 is transferred away (30 June is his last
 * day), 周文涛 becomes 区委副书记 and moves up from rank 4 to rank 3, and 冯涛 joins as
 * 区委常委、常务副区长 at rank 4. Meetings before and after use their own day's ranks.
 */
export const midYearChange = {
  date: '2026-07-01',
  lastDay: '2026-06-30',
  leaving: 'deputy' as MemberKey,
  leavingReason: '调任市直部门',
  promoted: { key: 'executive' as MemberKey, post: '区委副书记', rank: 3 },
  joining: { key: 'newExecutive' as MemberKey, name: '冯涛', sex: '男' as const, post: '区委常委、常务副区长', rank: 4, duties: ['协助区长负责区政府常务工作', '负责城乡建设、自然资源、交通运输', '负责安全生产和应急管理'] },
}

export interface AreaData {
  name: string
  units: string
  lead: MemberKey
  assist?: MemberKey
  /** Who takes the field over on 1 July, if it changes. */
  from0701?: MemberKey
}

export const areas: AreaData[] = [
  { name: '党的建设和组织工作', units: '区委组织部、区委编办、区委党校', lead: 'organization' },
  { name: '党风廉政建设和反腐败', units: '区纪委监委、区委巡察办', lead: 'discipline' },
  { name: '政法和平安建设', units: '区委政法委、区公安分局、区法院、区检察院、区司法局', lead: 'legal' },
  { name: '宣传思想文化', units: '区委宣传部、区融媒体中心、区文化和旅游局', lead: 'publicity' },
  { name: '统一战线', units: '区委统战部、区工商联、区民族宗教事务局', lead: 'unitedFront' },
  { name: '区委办公室和督查', units: '区委办公室、区档案馆、区保密局', lead: 'office' },
  { name: '党管武装', units: '区人武部、区退役军人事务局', lead: 'military' },
  { name: '经济发展和财政金融', units: '区发展改革委、区财政局、区审计局、区金融服务中心', lead: 'mayor', assist: 'executive' },
  { name: '城乡建设和自然资源', units: '区住房城乡建设局、区自然资源局、区交通运输局', lead: 'executive', from0701: 'newExecutive' },
  { name: '乡村振兴和农业农村', units: '区农业农村局、区乡村振兴服务中心、区水利局', lead: 'deputy', from0701: 'executive' },
  { name: '群团工作', units: '区总工会、团区委、区妇联', lead: 'deputy', from0701: 'executive' },
  { name: '社会事业和民生', units: '区教育局、区卫生健康局、区民政局、区人力资源社会保障局', lead: 'mayor', assist: 'executive' },
]

/** 缺位互补: each covers for the other when absent. */
export const substitutionPairs: [MemberKey, MemberKey][] = [
  ['mayor', 'deputy'],
  ['organization', 'publicity'],
  ['discipline', 'legal'],
  ['unitedFront', 'office'],
  ['executive', 'military'],
]

/** From 1 July: the pairs that involved 赵志刚 or changed with the new posts. */
export const substitutionPairsFrom0701: [MemberKey, MemberKey][] = [
  ['mayor', 'executive'],
  ['newExecutive', 'military'],
]
