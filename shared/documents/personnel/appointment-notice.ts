import type { DocumentBlock, DocumentModel } from '../model'
import type { DocumentSettings } from '../settings'
import { formatChineseDate } from '../../personnel/dates'
import type { ActionType } from '../../personnel/vocabulary'
import { issuerName, normaliseDeputy } from './wording'

// 干部任免通知 (DOMAIN.md, GB/T 9704): the title by the number of people and whether anyone
// is removed, “区委决定：” and then every appointment before every removal.

export interface AppointmentItem {
  name: string
  actionType: ActionType
  currentPost: string
  proposedPost: string
  postToRemove: string
  probation: boolean
}

export interface AppointmentNoticeInput {
  items: AppointmentItem[]
  /** 示区委〔2026〕15号 */
  docNumber: string
  /** 主送机关, without the colon. */
  addressee: string
  /** 'YYYY-MM-DD' */
  date: string
}

/** Leaving a post without a successor post: the current post is the one removed when none is named. */
const leavingActions: readonly ActionType[] = ['remove', 'retire', 'resign']

/** One sentence of the body: “张三同志任……（试用期一年）” or “免去李四同志的……职务”, without the end mark. */
export interface AppointmentSentence {
  kind: 'appoint' | 'remove'
  name: string
  text: string
}

/** Every appointment (任/兼任) first, then every removal (免去), each group in the given order. */
export function appointmentSentences(items: readonly AppointmentItem[]): AppointmentSentence[] {
  const appointments: AppointmentSentence[] = []
  const removals: AppointmentSentence[] = []
  for (const item of items) {
    const proposed = normaliseDeputy(item.proposedPost.trim())
    const removed = normaliseDeputy((item.postToRemove.trim() || (leavingActions.includes(item.actionType) ? item.currentPost.trim() : '')))
    if (proposed !== '' && !leavingActions.includes(item.actionType)) {
      const verb = item.actionType === 'concurrent' ? '兼任' : '任'
      appointments.push({ kind: 'appoint', name: item.name, text: `${item.name}同志${verb}${proposed}${item.probation ? '（试用期一年）' : ''}` })
    }
    if (removed !== '') removals.push({ kind: 'remove', name: item.name, text: `免去${item.name}同志的${stripDuty(removed)}职务` })
  }
  return [...appointments, ...removals]
}

// “免去……的局长职务” must not read “局长职务职务”.
function stripDuty(post: string): string {
  return post.replace(/职务$/u, '')
}

/** 关于张三同志任职的通知 / 关于张三、李四同志职务任免的通知 / 关于张三等同志职务任免的通知. */
export function appointmentTitle(items: readonly AppointmentItem[]): string {
  const sentences = appointmentSentences(items)
  const names = [...new Set(sentences.map((s) => s.name))]
  const who = names.length > 2 ? `${names[0]}等` : names.join('、')
  const what = sentences.some((s) => s.kind === 'remove') ? '职务任免' : '任职'
  return `关于${who}同志${what}的通知`
}

/** 示区委〔2026〕15号 */
export function formatDocNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}〔${year}〕${sequence}号`
}

const docNumberPattern = /^(.+)〔(\d{4})〕([1-9]\d{0,4})号$/u

/** Reads what the user typed, accepting [2026] and （2026） for 〔2026〕; null when it is no 发文字号. */
export function normaliseDocNumber(text: string): string | null {
  const cleaned = text.trim().replace(/\s+/gu, '').replace(/[[［(（【]/u, '〔').replace(/[\]］)）】]/u, '〕')
  return docNumberPattern.test(cleaned) ? cleaned : null
}

export const docNumberHint = '发文字号应为“机关代字〔年份〕序号号”，例如 示区委〔2026〕15号'

/** 主送 of a 任免通知 as offices usually word it, from the issuer's short name (区委 → 区). */
export function defaultAddressee(issuerShortName: string): string {
  const level = issuerShortName.slice(0, 1)
  return `各镇党委、街道党工委，${issuerShortName}各部委，${level}级国家机关各部门党组（党委），各人民团体党组`
}

export function appointmentFileName(input: Pick<AppointmentNoticeInput, 'items'>): string {
  return `${appointmentTitle(input.items)}.docx`
}

export function buildAppointmentNotice(input: AppointmentNoticeInput, settings: DocumentSettings): DocumentModel {
  const sentences = appointmentSentences(input.items)
  if (sentences.length === 0) throw new RangeError('任免通知至少要有一项任职或免职')
  const title = appointmentTitle(input.items)
  const body: DocumentBlock[] = sentences.map((s, index) => ({ kind: 'paragraph', runs: [{ text: `${s.text}${index === sentences.length - 1 ? '。' : '；'}` }] }))
  const date = formatChineseDate(input.date)
  return {
    documentTitle: '干部任免通知',
    blocks: [
      // GB/T 9704 7.2.3–7.2.5: the mark 35 mm down, the 发文字号 two lines below it, the red rule 4 mm under the 字号.
      { kind: 'redMark', text: settings.documentMark },
      { kind: 'blank' },
      { kind: 'blank' },
      { kind: 'centredLine', text: input.docNumber },
      { kind: 'redRule' },
      // GB/T 9704 7.3.1–7.3.2: the title two lines below the red rule, 主送 one line below the title.
      { kind: 'blank' },
      { kind: 'blank' },
      { kind: 'title', text: title },
      { kind: 'blank' },
      { kind: 'addressee', text: `${input.addressee}：` },
      { kind: 'paragraph', runs: [{ text: `${settings.issuerShortName}决定：` }] },
      ...body,
      { kind: 'blank' },
      { kind: 'signature', issuer: issuerName(settings), date },
      { kind: 'colophon', lines: [], printer: { office: settings.printingOffice, date } },
    ],
  }
}
