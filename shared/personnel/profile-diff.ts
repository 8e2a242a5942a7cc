import { showLrmxDate, type LrmxDateValue, type LrmxEducation, type LrmxPerson } from './lrmx-types'

// Field-by-field differences between a profile in the book and a form being imported,
// so the user can decide whether to update the existing profile.

export interface FieldDifference {
  field: string
  label: string
  before: string
  after: string
}

type Shown = (person: LrmxPerson) => string

const date = (pick: (p: LrmxPerson) => LrmxDateValue | null): Shown => (p) => showLrmxDate(pick(p))
const education = (pick: (p: LrmxPerson) => LrmxEducation): Shown => (p) => {
  const e = pick(p)
  return [e.education, e.degree, e.educationSchool, e.degreeSchool].filter((part) => part !== '').join('；')
}

const compared: [field: string, label: string, shown: Shown][] = [
  ['name', '姓名', (p) => p.name],
  ['sex', '性别', (p) => p.sex],
  ['birth', '出生年月', date((p) => p.birth)],
  ['ethnicity', '民族', (p) => p.ethnicity],
  ['nativePlace', '籍贯', (p) => p.nativePlace],
  ['birthplace', '出生地', (p) => p.birthplace],
  ['partyJoined', '入党时间', date((p) => p.partyJoined)],
  ['workStarted', '参加工作时间', date((p) => p.workStarted)],
  ['health', '健康状况', (p) => p.health],
  ['professionalTitle', '专业技术职务', (p) => p.professionalTitle],
  ['specialty', '熟悉专业有何专长', (p) => p.specialty],
  ['fullTimeEducation', '全日制教育', education((p) => p.fullTimeEducation)],
  ['inServiceEducation', '在职教育', education((p) => p.inServiceEducation)],
  ['currentPost', '现任职务', (p) => p.currentPost],
  ['proposedPost', '拟任职务', (p) => p.proposedPost],
  ['postToRemove', '拟免职务', (p) => p.postToRemove],
  ['resume', '简历', (p) => p.resume.map((line) => `${line.from ?? ''}--${line.to ?? ''} ${line.text}`).join('\n')],
  ['rewardsAndPunishments', '奖惩情况', (p) => p.rewardsAndPunishments],
  ['annualAssessment', '年度考核结果', (p) => p.annualAssessment],
  ['appointmentReasons', '任免理由', (p) => p.appointmentReasons],
  ['family', '家庭主要成员', (p) => p.family.map((m) => [m.relation, m.name, showLrmxDate(m.birth), m.politicalStatus, m.workUnitAndPost].join(' ')).join('\n')],
  ['reportingUnit', '呈报单位', (p) => p.reportingUnit],
  ['idNumber', '身份证号', (p) => p.idNumber],
  ['photo', '照片', (p) => (p.photo === null ? '无' : `${p.photo.type.toUpperCase()}，${p.photo.data.length} 字节，校验 ${checksum(p.photo.data)}`)],
]

/** FNV-1a over the bytes: tells two photos of the same size apart (no crypto in shared code). */
function checksum(bytes: Uint8Array): string {
  let hash = 0x811c9dc5
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return hash.toString(16).padStart(8, '0')
}

export function profileDifferences(before: LrmxPerson, after: LrmxPerson): FieldDifference[] {
  const differences: FieldDifference[] = []
  for (const [field, label, shown] of compared) {
    const [was, is] = [shown(before), shown(after)]
    if (was !== is) differences.push({ field, label, before: was, after: is })
  }
  return differences
}
