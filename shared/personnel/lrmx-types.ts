// The cadre approval form (干部任免审批表, .lrmx) as the app holds it once read, and the
// pure helpers the reader, the writer and the UI share: dates in every form the national
// editor and hand-edited files use, and the ID number checksum (GB 11643-1999).

/** A date as the form shows it: year and month, sometimes a day; `formatted` is 'yyyy.MM'. */
export interface LrmxDate {
  year: number
  month: number
  day?: number
  formatted: string
}

/** A date field whose text is not a date (e.g. month 13): kept as written, never lost. */
export interface LrmxRawDate {
  raw: string
}

export type LrmxDateValue = LrmxDate | LrmxRawDate

/** 学历、学位 and the schools (毕业院校系及专业) of one kind of education. */
export interface LrmxEducation {
  education: string
  degree: string
  educationSchool: string
  degreeSchool: string
}

/** What a résumé line says when the post is still held and the form says so ('2021.01--至今'). */
export const RESUME_PRESENT = '至今'

/** One line of the résumé (简历): 'yyyy.MM' from, to, text. */
export interface LrmxResumeLine {
  /** null for a line the reader could not date (kept as written, with a warning). */
  from: string | null
  /** 'yyyy.MM'; RESUME_PRESENT when the form wrote 至今; null for an open end ('2021.01--'). */
  to: string | null
  /** May hold several lines: a dated line and its continuation lines (（其间：…）). */
  text: string
}

export interface LrmxFamilyMember {
  relation: string
  name: string
  birth: LrmxDateValue | null
  politicalStatus: string
  workUnitAndPost: string
}

export interface LrmxPhoto {
  type: 'jpeg' | 'png'
  data: Uint8Array
}

/** Empty text fields are '', empty dates null. */
export interface LrmxPerson {
  name: string
  sex: string
  birth: LrmxDateValue | null
  ethnicity: string
  nativePlace: string
  birthplace: string
  partyJoined: LrmxDateValue | null
  workStarted: LrmxDateValue | null
  health: string
  professionalTitle: string
  specialty: string
  fullTimeEducation: LrmxEducation
  inServiceEducation: LrmxEducation
  currentPost: string
  proposedPost: string
  postToRemove: string
  resume: LrmxResumeLine[]
  rewardsAndPunishments: string
  annualAssessment: string
  appointmentReasons: string
  family: LrmxFamilyMember[]
  reportingUnit: string
  ageReferenceDate: LrmxDateValue | null
  filledOn: LrmxDateValue | null
  filledBy: string
  idNumber: string
  photo: LrmxPhoto | null
  version: string
  /** Version 4.x: 到龄年月 and 改革前任职年龄界限. */
  retirementDue: LrmxDateValue | null
  preReformAgeLimit: string
  /** Elements this reader does not know, by name, so nothing in a file is lost. */
  extra: Record<string, string>
}

/** What reading one file gives: the person with what to check, or why the file was refused. */
export type LrmxResult =
  | { ok: true; fileName: string; person: LrmxPerson; warnings: string[] }
  | { ok: false; fileName: string; reason: string }

/** A refusal as the import dialog lists it: which file, and why. */
export function lrmxRefusalMessage(result: { fileName: string; reason: string }): string {
  return `${result.fileName}：${result.reason}`
}

const MIN_YEAR = 1900
const MAX_YEAR = 2199

const pad2 = (value: number) => String(value).padStart(2, '0')

/** Full-width digits and punctuation (０-９, ．, －, ／) as their ASCII forms, one character for one. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF0D-\uFF19]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

const DATE_FORMS: RegExp[] = [
  /^(\d{4})(\d{2})(\d{2})?$/u, // yyyyMM, yyyyMMdd
  /^(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?$/u, // yyyy.MM(.dd), yyyy-MM(-dd), yyyy/MM(/dd)
  /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/u, // yyyy年M月(d日)
]

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** A date in any accepted form, or null when the text is not a real date. */
export function parseLrmxDate(text: string): LrmxDate | null {
  const compact = toHalfWidth(text.trim()).replace(/\s+/gu, '')
  for (const form of DATE_FORMS) {
    const match = form.exec(compact)
    if (!match) continue
    const year = Number(match[1])
    const month = Number(match[2])
    const day = match[3] === undefined ? undefined : Number(match[3])
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null
    if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return null
    return lrmxDate(year, month, day)
  }
  return null
}

export function lrmxDate(year: number, month: number, day?: number): LrmxDate {
  const formatted = `${year}.${pad2(month)}`
  return day === undefined ? { year, month, formatted } : { year, month, day, formatted }
}

export function isLrmxDate(value: LrmxDateValue | null): value is LrmxDate {
  return value !== null && 'formatted' in value
}

/** What a form shows: 'yyyy.MM' for a date, the text as written for a raw one, '' for none. */
export function showLrmxDate(value: LrmxDateValue | null): string {
  if (value === null) return ''
  return isLrmxDate(value) ? value.formatted : value.raw
}

/** The digits a file stores: yyyyMM, or yyyyMMdd when the day is known. */
export function lrmxDateDigits(date: LrmxDate): string {
  return `${date.year}${pad2(date.month)}${date.day === undefined ? '' : pad2(date.day)}`
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARS = '10X98765432'

/** An 18-character citizen ID number whose birth date is real and whose check character matches. */
export function isValidIdNumber(text: string): boolean {
  const id = text.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/u.test(id)) return false
  const birth = parseLrmxDate(id.slice(6, 14))
  if (birth === null || birth.day === undefined) return false
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0)
  return ID_CHECK_CHARS[sum % 11] === id[17]
}

const emptyEducation = (): LrmxEducation => ({ education: '', degree: '', educationSchool: '', degreeSchool: '' })

/** A form with nothing filled in: what a missing element reads as. */
export function emptyLrmxPerson(): LrmxPerson {
  return {
    name: '', sex: '', birth: null, ethnicity: '', nativePlace: '', birthplace: '', partyJoined: null, workStarted: null,
    health: '', professionalTitle: '', specialty: '', fullTimeEducation: emptyEducation(), inServiceEducation: emptyEducation(),
    currentPost: '', proposedPost: '', postToRemove: '', resume: [], rewardsAndPunishments: '', annualAssessment: '',
    appointmentReasons: '', family: [], reportingUnit: '', ageReferenceDate: null, filledOn: null, filledBy: '', idNumber: '',
    photo: null, version: '', retirementDue: null, preReformAgeLimit: '', extra: {},
  }
}
