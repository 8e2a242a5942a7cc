import type { MeetingMemberView } from '../meetings/views'
import { attendanceLabels } from '../meetings/vocabulary'

// The 签到表 against the recorded attendance: once the secretary has ticked who signed, a
// member who signed but is not recorded present, or is recorded present but did not sign,
// is a mismatch to clear up (the record or the sheet is wrong).

export interface SignInMismatch {
  personId: string
  name: string
  kind: 'signed_not_present' | 'present_not_signed'
  /** 赵部长：签到表上已签到，但出席登记为“请假” */
  message: string
}

type Member = Pick<MeetingMemberView, 'personId' | 'name' | 'attendance'>

/** Mismatches in the members' order; none until at least one member is ticked (the sheet not yet checked). */
export function signInMismatches(members: readonly Member[], signedIn: readonly string[]): SignInMismatch[] {
  if (signedIn.length === 0) return []
  const signed = new Set(signedIn)
  return members.flatMap((member): SignInMismatch[] => {
    if (signed.has(member.personId) && member.attendance !== 'present') {
      return [{ personId: member.personId, name: member.name, kind: 'signed_not_present', message: `${member.name}：签到表上已签到，但出席登记为“${attendanceLabels[member.attendance]}”` }]
    }
    if (!signed.has(member.personId) && member.attendance === 'present') {
      return [{ personId: member.personId, name: member.name, kind: 'present_not_signed', message: `${member.name}：出席登记为“出席”，但签到表上未签到` }]
    }
    return []
  })
}
