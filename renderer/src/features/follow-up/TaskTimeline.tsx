import { useState } from 'react'
import { reviewResultLabels } from '../../../../shared/follow-up/transitions'
import type { FollowUpDetail, TaskAttachmentView } from '../../../../shared/follow-up/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { useAction } from '../../lib/useAction'
import { chineseDate } from '../meetings/chineseDate'
import { formatFileSize } from '../../../../shared/format/date-time'

type Entry =
  | { kind: 'report'; at: string; report: FollowUpDetail['reports'][number] }
  | { kind: 'review'; at: string; review: FollowUpDetail['reviews'][number] }

const sizeText = formatFileSize

/** Reports and reviews in the order they were entered; each attachment can be exported. */
export function TaskTimeline({ task }: { task: FollowUpDetail }) {
  const exporting = useAction()
  const [savedPath, setSavedPath] = useState<string | null>(null)
  const entries: Entry[] = [
    ...task.reports.map((report): Entry => ({ kind: 'report', at: report.createdAt, report })),
    ...task.reviews.map((review): Entry => ({ kind: 'review', at: review.createdAt, review })),
  ].sort((a, b) => a.at.localeCompare(b.at))

  function exportFile(file: TaskAttachmentView) {
    setSavedPath(null)
    void exporting.run(
      () => call('followUp.exportAttachment', { attachmentId: file.id }),
      (saved) => setSavedPath(saved?.path ?? null),
    )
  }

  if (entries.length === 0) return <p className="card-note">还没有进展报告。责任单位报告进展后，事项即转为“推进中”。</p>
  return (
    <>
      <ErrorMessage message={exporting.error} />
      {savedPath && (
        <StatusMessage tone="success">
          附件已导出到 <span className="path">{savedPath}</span>（导出的文件不再加密，请妥善保管）
        </StatusMessage>
      )}
      <ol className="task-timeline">
        {entries.map((entry) =>
          entry.kind === 'report' ? (
            <li key={entry.report.id} className={entry.report.final ? 'timeline-final' : undefined}>
              <div className="timeline-head">
                <strong>{chineseDate(entry.report.date)}</strong> {entry.report.final ? '报办结' : '进展报告'}
                <span className="timeline-by">{entry.report.authorName} 录入</span>
              </div>
              <p className="timeline-text">{entry.report.text}</p>
              {entry.report.attachments.length > 0 && (
                <ul className="timeline-files" aria-label="附件">
                  {entry.report.attachments.map((file) => (
                    <li key={file.id}>
                      附件：{file.fileName}（{sizeText(file.size)}）{' '}
                      <button type="button" className="button button-small button-secondary" onClick={() => exportFile(file)} disabled={exporting.busy} aria-label={`导出附件 ${file.fileName}`}>
                        导出…
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ) : (
            <li key={entry.review.id} className={entry.review.result === 'reopened' ? 'timeline-reopened' : 'timeline-closed'}>
              <div className="timeline-head">
                <strong>{chineseDate(entry.review.date)}</strong> 回头看：{reviewResultLabels[entry.review.result]}
                <span className="timeline-by">{entry.review.reviewerName} 录入</span>
              </div>
              <p className="timeline-text">{entry.review.reason}</p>
            </li>
          ),
        )}
      </ol>
    </>
  )
}
