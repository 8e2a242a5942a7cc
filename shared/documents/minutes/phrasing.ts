import { chineseDate } from '../../roster/dates'

// The sentences a 纪要 is written in, built from what was recorded. Each takes plain
// values, so the drafting reads as the phrasing rules and each rule is tested alone.

const kindSuffix = /的(议题|汇报|方案|请示|意见|报告|建议)$/u

/** 关于2027年区级重点民生实事项目的议题 → 2027年区级重点民生实事项目 */
export function topicSubject(title: string): string {
  return title.trim().replace(/^关于/u, '').replace(kindSuffix, '').replace(/议题$/u, '') || title.trim()
}

/** The section heading: the title without a trailing 的议题 (关于……的方案 stays as it is). */
export function sectionHeading(title: string): string {
  const trimmed = title.trim().replace(/的议题$/u, '').replace(/议题$/u, '')
  return trimmed || title.trim()
}

/**
 * The presenter as the 纪要 names him: post before name. The record has
 * "李卫东（区发展改革委主任）" or "区发展改革局局长 钱卫东"; both become 区……主任李卫东.
 */
export function presenterPhrase(presenter: string): string {
  const text = presenter.trim()
  const bracketed = /^(.+?)[（(](.+)[）)]$/u.exec(text)
  if (bracketed) return `${bracketed[2]!.trim()}${bracketed[1]!.trim()}`
  return text.replace(/\s+/gu, '')
}

/**
 * 会议听取了……的汇报。 The report notes, when there are any, say what the report put forward
 * (汇报提出，…): they are what the presenter said, never the meeting's view (会议认为, which
 * only the secretary writes, viewSentence).
 */
export function reportSentence(presenter: string, title: string, reportNotes = ''): string {
  const who = presenterPhrase(presenter)
  const heard = who ? `会议听取了${who}关于${topicSubject(title)}的汇报。` : `会议研究了${topicSubject(title)}有关事项。`
  const points = reportPoints(reportNotes)
  return points ? `${heard}汇报提出，${sentence(points)}` : heard
}

/** Ends a sentence with 。 unless it already ends with a full stop or similar. */
export function sentence(text: string): string {
  const trimmed = text.trim()
  return /[。！？；…]$/u.test(trimmed) ? trimmed : `${trimmed}。`
}

/** The points of the report notes, without the sentence that only says who reported (…汇报了……的有关情况). */
export function reportPoints(reportNotes: string): string {
  return reportNotes
    .split(/(?<=[。！？])/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !/汇报了/u.test(part))
    .join('')
}

/** 会议认为，…: the meeting's view as the secretary wrote it for the item (a leading 会议认为 is not doubled). null when none. */
export function viewSentence(view: string): string | null {
  const text = view.trim().replace(/^会议认为[，,：:]?/u, '').trim()
  return text ? `会议认为，${sentence(text)}` : null
}

/**
 * The recorded decision as a 纪要 sentence: kept when it already speaks as 会议…; 同意… and
 * the like get 会议 before them; anything else is 会议决定，….
 */
export function decisionSentence(decisionText: string): string | null {
  const text = decisionText.trim()
  if (!text) return null
  if (text.startsWith('会议')) return sentence(text)
  if (/^(原则)?(同意|审议通过|决定|要求|认为|强调)/u.test(text)) return sentence(`会议${text}`)
  return sentence(`会议决定，${text}`)
}

/** 会议要求，由×××同志牵头，××负责，于2026年12月31日前抓好落实。 null when nothing was assigned. */
export function requirementSentence(input: { leadLeaderName: string | null; responsibleUnits: string; deadline: string | null }): string | null {
  const units = input.responsibleUnits.trim()
  if (!input.leadLeaderName && !units && !input.deadline) return null
  const parts = [input.leadLeaderName ? `由${input.leadLeaderName}同志牵头` : null, units ? `${input.leadLeaderName ? '' : '由'}${units}负责` : null].filter((part) => part !== null)
  const when = input.deadline ? `于${chineseDate(input.deadline)}前` : ''
  return `会议要求，${parts.length > 0 ? `${parts.join('，')}，` : ''}${when}抓好落实。`
}

/** 缓议: the topic is put off; the recorded text (what to improve) when there is one. */
export function deferralSentence(input: { decisionText: string; proposingUnit: string; bodyPhrase: string }): string {
  const text = input.decisionText.trim()
  if (text) return sentence(`会议决定，该议题暂缓研究，${text.replace(/^会议(决定)?[，,]?/u, '')}`)
  const unit = input.proposingUnit.trim() || '提请单位'
  return `会议决定，该议题暂缓研究，请${unit}根据会议意见进一步修改完善后，再提交${input.bodyPhrase}研究。`
}

/** 不通过: the result, then the recorded reason if any. */
export function rejectionSentences(decisionText: string): string[] {
  const reason = decisionSentence(decisionText)
  return ['会议经研究，未同意该事项。', ...(reason ? [reason] : [])]
}

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (headings 一、 and the 第×项 of 列席). */
export function chineseNumber(value: number): string {
  if (value < 10) return digits[value]!
  if (value < 20) return `十${value === 10 ? '' : digits[value - 10]}`
  if (value < 100) return `${digits[Math.floor(value / 10)]}十${value % 10 === 0 ? '' : digits[value % 10]}`
  return String(value)
}
