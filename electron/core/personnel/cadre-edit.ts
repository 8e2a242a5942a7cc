import { AppError } from '../../../shared/errors'
import type { saveCadreInput } from '../../../shared/ipc/channels/personnel'
import { emptyLrmxPerson, isValidIdNumber, parseLrmxDate, type LrmxDate, type LrmxPerson } from '../../../shared/personnel/lrmx-types'
import type { CadreDetail } from '../../../shared/personnel/views'
import type { z } from 'zod'
import type { CoreContext } from '../context'
import type { Session } from '../session'
import { writeBook } from './book-write'
import { cadreDetail } from './cadre-detail'
import { formOf, insertCadre, requireCadre, updateCadre } from './cadre-store'
import { readPhoto } from './lrmx/photo'
import { readResume } from './lrmx/resume'

// A profile typed by hand (no .lrmx exists) or corrected after import. Unlike an import,
// which keeps whatever a file holds and warns, a hand-typed form is refused until it is
// right: the secretary is there to fix it. Fields the form on screen does not show (the
// version, unknown elements of an imported file) are kept as they were.

type SaveCadreInput = z.output<typeof saveCadreInput>

/** '' is no date; anything else must be a real year and month (day optional). */
function formDate(text: string, label: string): LrmxDate | null {
  if (text.trim() === '') return null
  const date = parseLrmxDate(text)
  if (date === null) throw new AppError('INVALID_INPUT', `${label}“${text.trim()}”不是有效的年月，请写成 1980.05、198005 或 1980.05.12，未保存。`)
  return date
}

function photoOf(input: SaveCadreInput['photo'], before: LrmxPerson['photo']): LrmxPerson['photo'] {
  if (input === 'keep') return before
  if (input === 'remove') return null
  const problems: string[] = []
  const photo = readPhoto(input.base64, problems)
  if (photo === null) throw new AppError('INVALID_INPUT', `${problems[0] ?? '照片是空的'}：请选择 JPEG 或 PNG 格式的照片，未保存。`)
  return photo
}

function personOf(input: SaveCadreInput, before: LrmxPerson): LrmxPerson {
  const idNumber = input.idNumber.trim().toUpperCase()
  if (idNumber !== '' && !isValidIdNumber(idNumber)) {
    throw new AppError('INVALID_INPUT', `身份证号 ${idNumber} 不正确（应为 18 位，出生日期真实，最后一位校验码相符），未保存。`)
  }
  // An impossible month is refused; a line without a period (a heading, a note) is kept as typed.
  const { lines: resume, problems } = readResume(input.resume)
  const invalid = problems.find((problem) => problem.kind === 'invalid')
  if (invalid) throw new AppError('INVALID_INPUT', `简历第 ${invalid.lineNumber} 行的起止年月无效：${invalid.text}。每行写成“2015.07--2021.03  职务”，未保存。`)
  return {
    ...before,
    name: input.name,
    sex: input.sex.trim(),
    birth: formDate(input.birth, '出生年月'),
    ethnicity: input.ethnicity.trim(),
    nativePlace: input.nativePlace.trim(),
    birthplace: input.birthplace.trim(),
    partyJoined: formDate(input.partyJoined, '入党时间'),
    workStarted: formDate(input.workStarted, '参加工作时间'),
    health: input.health.trim(),
    professionalTitle: input.professionalTitle.trim(),
    specialty: input.specialty.trim(),
    fullTimeEducation: input.fullTimeEducation,
    inServiceEducation: input.inServiceEducation,
    currentPost: input.currentPost.trim(),
    proposedPost: input.proposedPost.trim(),
    postToRemove: input.postToRemove.trim(),
    resume,
    rewardsAndPunishments: input.rewardsAndPunishments,
    annualAssessment: input.annualAssessment,
    appointmentReasons: input.appointmentReasons,
    family: input.family.map((member) => ({
      relation: member.relation,
      name: member.name,
      birth: formDate(member.birth, `家庭成员${member.name}的出生年月`),
      politicalStatus: member.politicalStatus.trim(),
      workUnitAndPost: member.workUnitAndPost.trim(),
    })),
    reportingUnit: input.reportingUnit.trim(),
    filledBy: input.filledBy.trim(),
    idNumber,
    photo: photoOf(input.photo, before.photo),
  }
}

/** Creates or updates a profile from the form on screen; the audit entry names no cadre. */
export function saveCadre(session: Session, core: CoreContext, input: SaveCadreInput): CadreDetail {
  const id = writeBook(session, core, (db, now) => {
    const existing = input.id ? requireCadre(db, input.id) : null
    const person = personOf(input, existing ? formOf(existing) : emptyLrmxPerson())
    const row = existing ? updateCadre(db, existing.id, person, now) : insertCadre(db, person, now)
    const summary = existing ? '修改干部任免审批表（手工录入）' : '新建干部任免审批表（手工录入）'
    return { value: row.id, audit: { action: existing ? 'personnel.cadre.update' : 'personnel.cadre.create', entity: 'personnel_cadre', entityId: row.id, summary } }
  })
  return cadreDetail(session, core, id)
}
