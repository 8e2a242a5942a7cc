import { call } from '../../api/client'
import { TallyReportButton } from '../documents/BallotDocumentButtons'

/** The 计票结果报告单 of a book entry whose candidates were counted by secret ballot. */
export function EntryTallyReportButton({ entryId }: { entryId: string }) {
  return <TallyReportButton load={() => call('personnelDocuments.tallyReport', { entryId })} export={(output) => call('personnelDocuments.exportTallyReport', { entryId, output })} />
}
