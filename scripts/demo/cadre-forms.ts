import { emptyLrmxPerson, lrmxDate, type LrmxPerson } from '../../shared/personnel/lrmx-types'
import type { ActionType } from '../../shared/personnel/vocabulary'

// The cadres of the demo year as the organisation department sends them: one approval form
// (干部任免审批表) each, written as .lrmx files and imported like real ones. Every name,
// ID number and career here is invented.

export interface DemoCandidate {
  name: string
  sex: '男' | '女'
  birth: [number, number, number]
  nativePlace: string
  currentPost: string
  proposedPost: string
  postToRemove: string
  actionType: ActionType
  /** Index into personnelSubjects: the topic that handles this candidate. */
  subject: number
  probation?: boolean
  /** The 常委会 defers this one (缓议). */
  deferred?: boolean
  /** A member recuses himself for this candidate (a relative). */
  recusal?: boolean
}

const c = (name: string, sex: '男' | '女', birth: [number, number, number], nativePlace: string, currentPost: string, proposedPost: string, postToRemove: string, actionType: ActionType, subject: number, extra: Partial<DemoCandidate> = {}): DemoCandidate => ({
  name, sex, birth, nativePlace, currentPost, proposedPost, postToRemove, actionType, subject, ...extra,
})

export const demoCandidates: DemoCandidate[] = [
  c('韩立新', '男', [1978, 4, 12], '江苏南通', '区发展改革委副主任', '区发展改革委主任', '区发展改革委副主任', 'appoint', 0, { probation: true }),
  c('邓晓燕', '女', [1981, 9, 3], '江苏如皋', '区商务局副局长', '区商务局局长', '区商务局副局长', 'appoint', 0),
  c('许振华', '男', [1975, 1, 28], '江苏海安', '区科技局局长', '区工业和信息化局局长', '区科技局局长', 'transfer', 0),
  c('傅国强', '男', [1977, 6, 16], '江苏启东', '城东街道办事处主任', '城东街道党工委书记', '城东街道办事处主任', 'appoint', 1),
  c('沈丽萍', '女', [1983, 11, 9], '江苏如东', '城东街道党工委副书记', '城东街道办事处主任', '城东街道党工委副书记', 'appoint', 1),
  c('曹文斌', '男', [1976, 3, 21], '江苏海门', '河口镇党委书记', '区农业农村局局长', '河口镇党委书记', 'transfer', 1),
  c('彭志远', '男', [1980, 8, 5], '江苏南通', '区财政局副局长', '区审计局副局长', '区财政局副局长', 'transfer', 2),
  c('蒋慧敏', '女', [1984, 2, 14], '江苏泰州', '区审计局副局长', '区财政局副局长', '区审计局副局长', 'transfer', 2, { recusal: true }),
  c('魏建军', '男', [1968, 12, 2], '江苏南通', '区政协副主席', '区人大常委会副主任候选人', '', 'recommend', 3),
  c('丁海燕', '女', [1979, 7, 30], '江苏如皋', '区人民医院院长', '区卫生健康局局长', '区人民医院院长', 'appoint', 4, { deferred: true }),
  c('叶晨光', '男', [1982, 5, 19], '江苏海安', '区教育局副局长', '区实验中学校长', '', 'concurrent', 4),
  c('程子涵', '男', [1991, 10, 8], '江苏启东', '区委办公室综合科科长', '河口镇党委副书记（挂职）', '', 'appoint', 5),
  c('苏雨桐', '女', [1992, 3, 26], '江苏如东', '区发展改革委规划科科长', '城西街道党工委副书记', '区发展改革委规划科科长', 'appoint', 5),
]

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** An invented but well-formed ID number (南通 area code, the birth date, the GB 11643 check). */
function idNumber(birth: [number, number, number], serial: number, sex: '男' | '女'): string {
  const [year, month, day] = birth
  const sequence = String(serial * 2 + (sex === '男' ? 1 : 0) + 100).padStart(3, '0')
  const body = `320602${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${sequence}`
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(body[index]), 0)
  return `${body}${'10X98765432'[sum % 11]}`
}

export function approvalForm(candidate: DemoCandidate, index: number): LrmxPerson {
  const [year, month] = candidate.birth
  const graduated = year + 22
  return {
    ...emptyLrmxPerson(),
    name: candidate.name,
    sex: candidate.sex,
    birth: lrmxDate(year, month),
    ethnicity: '汉族',
    nativePlace: candidate.nativePlace,
    birthplace: candidate.nativePlace,
    partyJoined: lrmxDate(year + 21, 6),
    workStarted: lrmxDate(graduated, 8),
    health: '健康',
    fullTimeEducation: { education: '大学', degree: '管理学学士', educationSchool: '南京大学公共管理专业', degreeSchool: '南京大学' },
    inServiceEducation: { education: '研究生', degree: '公共管理硕士', educationSchool: '南京大学公共管理学院', degreeSchool: '南京大学' },
    currentPost: candidate.currentPost,
    proposedPost: candidate.proposedPost,
    postToRemove: candidate.postToRemove,
    resume: [
      { from: `${graduated - 4}.09`, to: `${graduated}.07`, text: '南京大学公共管理专业学习' },
      { from: `${graduated}.08`, to: `${graduated + 8}.12`, text: '示例区机关科员、副科长、科长' },
      { from: `${graduated + 9}.01`, to: null, text: candidate.currentPost },
    ],
    rewardsAndPunishments: '无',
    annualAssessment: '2023、2024、2025年度考核均为称职（优秀）。',
    appointmentReasons: '工作需要。',
    family: [{ relation: candidate.sex === '男' ? '妻子' : '丈夫', name: '（略）', birth: lrmxDate(year + 1, 3), politicalStatus: '中共党员', workUnitAndPost: '示例区某单位干部' }],
    reportingUnit: '中共示例区委组织部',
    filledOn: lrmxDate(2026, 1, 5),
    filledBy: '区委组织部干部科',
    idNumber: idNumber(candidate.birth, index, candidate.sex),
    version: '3.2.1.16',
  }
}
