import { UnderConstructionPage } from './UnderConstructionPage'

export function MeetingsPage() {
  return <UnderConstructionPage title="会议" description="会议：常委会会议的议题、出席、表决与纪要将在此管理。" />
}
