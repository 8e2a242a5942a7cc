import type { TaskFilter } from '../../../../shared/follow-up/task-filter'
import { call } from '../../api/client'
import { DocumentPreviewDialog } from '../documents/DocumentPreviewDialog'

/** 生成督办通报: the 通报 of the tasks as filtered, previewed, then exported as .docx by core from the same model. */
export function FollowUpReportDialog({ filter, onClose }: { filter: TaskFilter; onClose: () => void }) {
  return <DocumentPreviewDialog title="督办通报" load={() => call('followUp.reportDocument', filter)} export={(output) => call('followUp.exportReport', { ...filter, output })} onClose={onClose} />
}
