import { isRecordable } from '../../../../shared/meetings/status'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { useSession } from '../session/SessionContext'
import { SecretMaterialsCard } from './MeetingPapersSection'
import { useMeetingPapers } from './useMeetingPapers'
import './meeting-papers.css'

/** In the live screen, under the item: the copies of classified materials to check back as they are handed in. */
export function LivePapers({ meeting }: { meeting: MeetingDetail }) {
  const { session } = useSession()
  const papers = useMeetingPapers(meeting.id)
  if (papers.state.status !== 'ready' || papers.state.value.materials.length === 0) return null
  return (
    <div className="live-papers">
      <SecretMaterialsCard meeting={meeting} papers={papers} canWrite={session.permissions.includes('records.write') && isRecordable(meeting.status)} showPersonnelTitles={session.personnelGrant} registering={false} />
    </div>
  )
}
