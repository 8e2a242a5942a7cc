import { uncoveredYears, withUncoveredNote } from '../../calendar/coverage'
import { addWorkingDays, countWorkingDays, type WorkingCalendar } from '../../calendar/working-days'
import { formatChineseDate } from '../../personnel/dates'
import { earliestNoticeEnd, noticeWorkingDays } from '../../personnel/stage-rules'
import type { DocumentBlock, DocumentModel } from '../model'
import { phoneWithAreaCode, type DocumentSettings } from '../settings'
import { normaliseDeputy } from './wording'

// 任前公示 (党政领导干部选拔任用工作条例 第四十五条): who, the period of at least 5 working
// days on the office calendar, and where and how to report, real-name reports encouraged.

export interface NoticePerson {
  name: string
  sex: string
  ethnicity: string
  /** 1975年3月 */
  birth: string
  /** 籍贯: 浙江杭州 */
  nativePlace?: string
  /** 入党时间: 1998年6月 */
  partyJoined?: string
  /** 中共党员 … */
  politicalStatus: string
  /** 大学，工学学士 */
  education: string
  /** 1997年7月 */
  workStarted: string
  currentPost: string
  proposedPost: string
}

export interface NoticePeriod {
  start: string
  end: string
}

export interface PublicNoticeInput {
  people: NoticePerson[]
  period: NoticePeriod
}

/** The period a notice starting on `start` gets by default: the fewest working days allowed. */
export function defaultNoticePeriod(start: string, calendar: WorkingCalendar): NoticePeriod {
  return { start, end: earliestNoticeEnd(start, calendar) }
}

/** The first working day after `today`: a notice is put up once decided, the next working day. */
export function defaultNoticeStart(today: string, calendar: WorkingCalendar): string {
  return addWorkingDays(today, 1, calendar)
}

/** Why a period may not be used (end before start, fewer than 5 working days), or null. */
export function noticePeriodProblem(period: NoticePeriod, calendar: WorkingCalendar): string | null {
  if (period.end < period.start) return `公示结束日期（${formatChineseDate(period.end)}）不能早于开始日期（${formatChineseDate(period.start)}）`
  const earliest = earliestNoticeEnd(period.start, calendar)
  if (period.end >= earliest) return null
  const days = countWorkingDays(period.start, period.end, calendar)
  const message = `任前公示期不少于 ${noticeWorkingDays} 个工作日：${formatChineseDate(period.start)}至${formatChineseDate(period.end)}只有 ${days} 个工作日，最早可于${formatChineseDate(earliest)}结束`
  return withUncoveredNote(message, uncoveredYears(period.start, earliest, calendar))
}

/** 任前公示（2026年11月23日）.docx, dated by the start of the period. */
export function publicNoticeFileName(period: NoticePeriod): string {
  return `任前公示（${formatChineseDate(period.start)}）.docx`
}

/** “张三，男，汉族，1975年3月出生，……现任……，拟任……。” with every field the rules require. */
export function personSentence(person: NoticePerson): string {
  const known = (value: string) => value.trim() !== ''
  const parts = [
    person.sex,
    person.ethnicity,
    known(person.birth) ? `${person.birth}出生` : '',
    known(person.nativePlace ?? '') ? `${person.nativePlace}人` : '',
    known(person.partyJoined ?? '') && person.politicalStatus === '中共党员' ? `${person.partyJoined}入党` : person.politicalStatus,
    known(person.education) ? `${person.education}` : '',
    known(person.workStarted) ? `${person.workStarted}参加工作` : '',
    known(person.currentPost) ? `现任${normaliseDeputy(person.currentPost)}` : '',
    `拟任${normaliseDeputy(person.proposedPost)}`,
  ].filter(known)
  return `，${parts.join('，')}。`
}

export function buildPublicNotice(input: PublicNoticeInput, settings: DocumentSettings, calendar: WorkingCalendar): DocumentModel {
  if (input.people.length === 0) throw new RangeError('任前公示至少要有一名公示对象')
  const problem = noticePeriodProblem(input.period, calendar)
  if (problem !== null) throw new RangeError(problem)
  const { start, end } = input.period
  const days = countWorkingDays(start, end, calendar)
  const reporting = settings.noticeReporting
  const people: DocumentBlock[] = input.people.map((person, index) => ({
    kind: 'paragraph',
    runs: [{ text: input.people.length > 1 ? `${index + 1}.` : '' }, { text: person.name, font: 'hei' }, { text: personSentence(person) }],
  }))
  return {
    documentTitle: '干部任前公示',
    blocks: [
      { kind: 'title', text: '干部任前公示' },
      { kind: 'blank' },
      {
        kind: 'paragraph',
        runs: [{ text: `根据《党政领导干部选拔任用工作条例》有关规定，经${settings.issuerShortName}研究，现将拟任职干部有关情况予以公示。` }],
      },
      ...people,
      { kind: 'paragraph', runs: [{ text: `公示时间：${formatChineseDate(start)}至${formatChineseDate(end)}（${days}个工作日）。` }] },
      {
        kind: 'paragraph',
        runs: [
          {
            text:
              `公示期间，个人和单位可通过来信、来电、来访等方式，向${reporting.unit}反映公示对象在政治表现、道德品行、作风表现、廉洁自律等方面的情况和问题。` +
              '反映问题要实事求是、客观公正。提倡实名举报，请署真实姓名并提供联系方式，以便核实和反馈；不得借机诽谤、诬告。',
          },
        ],
      },
      { kind: 'labelled', label: '受理单位：', text: reporting.unit },
      { kind: 'labelled', label: '举报电话：', text: phoneWithAreaCode(reporting.phone, settings.areaCode) },
      { kind: 'labelled', label: '通信地址：', text: reporting.address },
      { kind: 'blank' },
      { kind: 'signature', issuer: reporting.unit, date: formatChineseDate(start) },
    ],
  }
}
