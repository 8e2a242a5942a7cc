import type { saveCadreInput } from '../../../../shared/ipc/channels/personnel'
import { showLrmxDate, type LrmxEducation, type LrmxResumeLine } from '../../../../shared/personnel/lrmx-types'
import type { CadreDetail } from '../../../../shared/personnel/views'
import type { z } from 'zod'

export type CadreFormInput = z.input<typeof saveCadreInput>

export interface FamilyDraft {
  relation: string
  name: string
  birth: string
  politicalStatus: string
  workUnitAndPost: string
}

export type TextKey =
  | 'name' | 'sex' | 'birth' | 'ethnicity' | 'nativePlace' | 'birthplace' | 'partyJoined' | 'workStarted' | 'health' | 'professionalTitle' | 'specialty'
  | 'currentPost' | 'proposedPost' | 'postToRemove' | 'resume' | 'rewardsAndPunishments' | 'annualAssessment' | 'appointmentReasons' | 'reportingUnit' | 'filledBy' | 'idNumber'

export interface CadreDraft {
  text: Record<TextKey, string>
  fullTimeEducation: LrmxEducation
  inServiceEducation: LrmxEducation
  family: FamilyDraft[]
}

const noEducation: LrmxEducation = { education: '', degree: '', educationSchool: '', degreeSchool: '' }

/** The résumé as the secretary edits it: one 'yyyy.MM--yyyy.MM  text' line per post, continuation lines indented. */
export function resumeText(lines: LrmxResumeLine[]): string {
  return lines
    .map((line) => {
      const [first = '', ...rest] = line.text.split('\n')
      if (line.from === null) return line.text
      return [`${line.from}--${line.to ?? ''}  ${first}`, ...rest.map((continuation) => `    ${continuation}`)].join('\n')
    })
    .join('\n')
}

export function draftOf(cadre: CadreDetail | null): CadreDraft {
  const form = cadre?.form
  return {
    text: {
      name: form?.name ?? '',
      sex: form?.sex ?? '',
      birth: form ? showLrmxDate(form.birth) : '',
      ethnicity: form?.ethnicity ?? '',
      nativePlace: form?.nativePlace ?? '',
      birthplace: form?.birthplace ?? '',
      partyJoined: form ? showLrmxDate(form.partyJoined) : '',
      workStarted: form ? showLrmxDate(form.workStarted) : '',
      health: form?.health ?? '',
      professionalTitle: form?.professionalTitle ?? '',
      specialty: form?.specialty ?? '',
      currentPost: form?.currentPost ?? '',
      proposedPost: form?.proposedPost ?? '',
      postToRemove: form?.postToRemove ?? '',
      resume: form ? resumeText(form.resume) : '',
      rewardsAndPunishments: form?.rewardsAndPunishments ?? '',
      annualAssessment: form?.annualAssessment ?? '',
      appointmentReasons: form?.appointmentReasons ?? '',
      reportingUnit: form?.reportingUnit ?? '',
      filledBy: form?.filledBy ?? '',
      idNumber: form?.idNumber ?? '',
    },
    fullTimeEducation: form?.fullTimeEducation ?? noEducation,
    inServiceEducation: form?.inServiceEducation ?? noEducation,
    family: (form?.family ?? []).map((member) => ({ ...member, birth: showLrmxDate(member.birth) })),
  }
}

export type PhotoChoice = 'keep' | 'remove' | { base64: string }

export function inputOf(id: string | undefined, draft: CadreDraft, photo: PhotoChoice): CadreFormInput {
  return { id, ...draft.text, fullTimeEducation: draft.fullTimeEducation, inServiceEducation: draft.inServiceEducation, family: draft.family, photo }
}
