import { isBeforeMeeting } from '../../../../shared/meetings/status'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useSession } from '../session/SessionContext'
import { RegisterSecretMaterial } from './RegisterSecretMaterial'
import { SecretCopies } from './SecretCopies'
import { SignInCheck } from './SignInCheck'
import type { MeetingPapers } from './useMeetingPapers'
import type { MeetingActions } from '../meetings/useMeetingDetail'
import { PlannedTimes } from './PlannedTimes'
import './meeting-papers.css'

// On the meeting page: 议程时间安排, 涉密材料 (register, numbered copies, those still out) and, from the
// meeting's start, 签到核对 against the attendance.

export function MeetingPapersSection({ meeting, papers, actions }: { meeting: MeetingDetail; papers: MeetingPapers; actions: MeetingActions }) {
  const { session } = useSession()
  const canWrite = session.permissions.includes('records.write')
  if (papers.state.status === 'loading') return <LoadingIndicator text="正在读取会议材料登记…" />
  if (papers.state.status === 'error') return <ErrorMessage message={papers.state.error.message} />
  const value = papers.state.value
  return (
    <>
      <PlannedTimes meeting={meeting} actions={actions} editable={canWrite && meeting.status !== 'signed'} showPersonnelTitles={session.personnelGrant} />
      <SecretMaterialsCard meeting={meeting} papers={papers} canWrite={canWrite} showPersonnelTitles={session.personnelGrant} />
      {!isBeforeMeeting(meeting.status) && <SignInCheck meeting={meeting} papers={value} editable={canWrite} onPapers={papers.show} />}
    </>
  )
}

interface SecretMaterialsCardProps {
  meeting: MeetingDetail
  papers: MeetingPapers
  canWrite: boolean
  showPersonnelTitles: boolean
  /** The live screen only checks copies back; materials are registered on the meeting page. */
  registering?: boolean
}

/** 涉密材料分发回收: used on the meeting page and in the live screen. */
export function SecretMaterialsCard({ meeting, papers, canWrite, showPersonnelTitles, registering = true }: SecretMaterialsCardProps) {
  if (papers.state.status !== 'ready') return null
  const { materials } = papers.state.value
  return (
    <section className="card" aria-labelledby="secret-materials-title">
      <h2 id="secret-materials-title">涉密材料分发回收</h2>
      {materials.length === 0 && <p className="muted-line">本次会议未登记涉密材料。材料涉密时，登记后按分发对象逐份编号（份号），会后逐份收回。</p>}
      <SecretCopies materials={materials} editable={canWrite} onPapers={papers.show} />
      {registering && canWrite && meeting.status !== 'signed' && <RegisterSecretMaterial meeting={meeting} showPersonnelTitles={showPersonnelTitles} onPapers={papers.show} />}
    </section>
  )
}
