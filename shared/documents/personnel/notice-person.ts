import type { LrmxDateValue, LrmxEducation, LrmxPerson } from '../../personnel/lrmx-types'
import type { NoticePerson } from './public-notice'
import { chineseYearMonth } from './wording'

// A 任前公示 line from the approval form: the form has no 政治面貌 field, only 入党时间,
// which the national editor also uses for a 民主党派 name when there is no party date.

function dateText(value: LrmxDateValue | null): string {
  if (value === null) return ''
  return 'raw' in value ? value.raw.trim() : chineseYearMonth(value.formatted)
}

/** 中共党员 with a party date; the text written there otherwise (民盟盟员); 群众 when empty. */
export function politicalStatusOf(partyJoined: LrmxDateValue | null): string {
  if (partyJoined === null) return '群众'
  if (!('raw' in partyJoined)) return '中共党员'
  const raw = partyJoined.raw.trim()
  return raw === '' ? '群众' : /^\d{4}/u.test(raw) ? '中共党员' : raw
}

// 大学 → 大学学历, 法学学士 → 法学学士学位, unless the form already says so.
const withSuffix = (text: string, suffix: string) => (text === '' || text.endsWith(suffix) ? text : `${text}${suffix}`)

function educationText(education: LrmxEducation): string {
  return [withSuffix(education.education.trim(), '学历'), withSuffix(education.degree.trim(), '学位')].filter((part) => part !== '').join('、')
}

/** 学历学位: the full-time education, then the in-service one (全日制大学学历、法学学士学位，在职研究生学历…). */
export function educationOf(form: Pick<LrmxPerson, 'fullTimeEducation' | 'inServiceEducation'>): string {
  const fullTime = educationText(form.fullTimeEducation)
  const inService = educationText(form.inServiceEducation)
  return [fullTime ? `全日制${fullTime}` : '', inService ? `在职${inService}` : ''].filter((part) => part !== '').join('，')
}

export function noticePersonOf(form: Omit<LrmxPerson, 'photo'>, proposedPost: string, currentPost: string): NoticePerson {
  return {
    name: form.name,
    sex: form.sex,
    ethnicity: form.ethnicity,
    birth: dateText(form.birth),
    nativePlace: form.nativePlace.trim(),
    partyJoined: politicalStatusOf(form.partyJoined) === '中共党员' ? dateText(form.partyJoined) : '',
    politicalStatus: politicalStatusOf(form.partyJoined),
    education: educationOf(form),
    workStarted: dateText(form.workStarted),
    currentPost: currentPost || form.currentPost,
    proposedPost,
  }
}
