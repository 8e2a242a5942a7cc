// The elements of the approval form, in the order the national editor writes them, and
// where each lands in LrmxPerson. The reader and the writer both walk this table, so a
// field cannot be read without also being written back.
import type { LrmxEducation, LrmxFamilyMember, LrmxPerson } from '../../../../shared/personnel/lrmx-types'

type TextKey = { [K in keyof LrmxPerson]: LrmxPerson[K] extends string ? K : never }[keyof LrmxPerson]
type DateKey = { [K in keyof LrmxPerson]: null extends LrmxPerson[K] ? (K extends 'photo' ? never : K) : never }[keyof LrmxPerson]
type EducationKey = 'fullTimeEducation' | 'inServiceEducation'
/** How many digits the national editor and the tools that read its files expect: yyyyMM or yyyyMMdd. */
export type DateWidth = 6 | 8

export type FieldSpec =
  | { element: string; label: string; kind: 'text'; key: Exclude<TextKey, 'version' | 'idNumber'> }
  | { element: string; label: string; kind: 'date'; key: DateKey; width: DateWidth }
  | { element: string; label: string; kind: 'education'; key: EducationKey; part: keyof LrmxEducation }
  | { element: string; label: string; kind: 'resume' | 'family' | 'idNumber' | 'photo' | 'version' }

const text = (element: string, label: string, key: Exclude<TextKey, 'version' | 'idNumber'>): FieldSpec => ({ element, label, kind: 'text', key })
const date = (element: string, label: string, key: DateKey, width: DateWidth): FieldSpec => ({ element, label, kind: 'date', key, width })

function education(prefix: string, label: string, key: EducationKey): FieldSpec[] {
  return [
    { element: `${prefix}_XueLi`, label: `${label}学历`, kind: 'education', key, part: 'education' },
    { element: `${prefix}_XueWei`, label: `${label}学位`, kind: 'education', key, part: 'degree' },
    { element: `${prefix}_XueLi_BiYeYuanXiaoXi`, label: `${label}学历毕业院校系及专业`, kind: 'education', key, part: 'educationSchool' },
    { element: `${prefix}_XueWei_BiYeYuanXiaoXi`, label: `${label}学位毕业院校系及专业`, kind: 'education', key, part: 'degreeSchool' },
  ]
}

export const PERSON_FIELDS: FieldSpec[] = [
  text('XingMing', '姓名', 'name'),
  text('XingBie', '性别', 'sex'),
  date('ChuShengNianYue', '出生年月', 'birth', 6),
  text('MinZu', '民族', 'ethnicity'),
  text('JiGuan', '籍贯', 'nativePlace'),
  text('ChuShengDi', '出生地', 'birthplace'),
  date('RuDangShiJian', '入党时间', 'partyJoined', 6),
  date('CanJiaGongZuoShiJian', '参加工作时间', 'workStarted', 6),
  text('JianKangZhuangKuang', '健康状况', 'health'),
  text('ZhuanYeJiShuZhiWu', '专业技术职务', 'professionalTitle'),
  text('ShuXiZhuanYeYouHeZhuanChang', '熟悉专业有何专长', 'specialty'),
  ...education('QuanRiZhiJiaoYu', '全日制教育', 'fullTimeEducation'),
  ...education('ZaiZhiJiaoYu', '在职教育', 'inServiceEducation'),
  text('XianRenZhiWu', '现任职务', 'currentPost'),
  text('NiRenZhiWu', '拟任职务', 'proposedPost'),
  text('NiMianZhiWu', '拟免职务', 'postToRemove'),
  { element: 'JianLi', label: '简历', kind: 'resume' },
  text('JiangChengQingKuang', '奖惩情况', 'rewardsAndPunishments'),
  text('NianDuKaoHeJieGuo', '年度考核结果', 'annualAssessment'),
  text('RenMianLiYou', '任免理由', 'appointmentReasons'),
  { element: 'JiaTingChengYuan', label: '家庭主要成员', kind: 'family' },
  text('ChengBaoDanWei', '呈报单位', 'reportingUnit'),
  date('JiSuanNianLingShiJian', '计算年龄时间', 'ageReferenceDate', 8),
  date('TianBiaoShiJian', '填表时间', 'filledOn', 8),
  text('TianBiaoRen', '填表人', 'filledBy'),
  { element: 'ShenFenZheng', label: '身份证号', kind: 'idNumber' },
  { element: 'ZhaoPian', label: '照片', kind: 'photo' },
  date('DaoLingNianYue', '到龄年月', 'retirementDue', 6),
  text('GaiGeQianRenZhiNianLingJieXian', '改革前任职年龄界限', 'preReformAgeLimit'),
  { element: 'Version', label: '版本', kind: 'version' },
]

/** The Version 4.x elements: written only when they hold something, so 3.2 files stay 3.2. */
export const VERSION_4_ELEMENTS = new Set(['DaoLingNianYue', 'GaiGeQianRenZhiNianLingJieXian'])

export const FIELDS_BY_ELEMENT = new Map(PERSON_FIELDS.map((field) => [field.element, field]))

export const FAMILY_ITEM = 'Item'

export const FAMILY_FIELDS: { element: string; label: string; key: keyof LrmxFamilyMember }[] = [
  { element: 'ChengWei', label: '称谓', key: 'relation' },
  { element: 'XingMing', label: '姓名', key: 'name' },
  { element: 'ChuShengRiQi', label: '出生日期', key: 'birth' },
  { element: 'ZhengZhiMianMao', label: '政治面貌', key: 'politicalStatus' },
  { element: 'GongZuoDanWeiJiZhiWu', label: '工作单位及职务', key: 'workUnitAndPost' },
]

export const WRITTEN_VERSION = '3.2.1.16'
