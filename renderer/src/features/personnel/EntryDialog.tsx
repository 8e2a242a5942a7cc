import { useCallback } from 'react'
import type { BookEntrySummary, BookEntryView } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { EntryTallyReportButton } from '../personnel-documents/EntryTallyReportButton'
import { EntryPageButton } from '../personnel-documents/EntryPageButton'
import { CandidateRecord } from './CandidateRecord'
import { dayText, instantText } from './personnelFormat'
import { SealStatus } from '../seals/SealStatus'

interface EntryDialogProps {
  entryId: string
  /** Every entry, to follow a correction link by its label. */
  entries: BookEntrySummary[]
  onOpen: (entryId: string) => void
  /** 更正…: a sealed entry is corrected by a new entry (the book is never altered). */
  onCorrect: (entry: BookEntryView) => void
  onClose: () => void
}

/** One entry laid out like the book's fixed template: heading, each candidate in turn, the seal. */
export function EntryDialog({ entryId, entries, onOpen, onCorrect, onClose }: EntryDialogProps) {
  const load = useCallback(() => call('personnel.getEntry', { id: entryId }), [entryId])
  const [entry] = useLoad(load)
  const idOf = (label: string) => entries.find((candidate) => candidate.label === label)?.id ?? null
  const link = (label: string) => {
    const id = idOf(label)
    return id ? (
      <button key={label} type="button" className="book-link" onClick={() => onOpen(id)}>
        {label}
      </button>
    ) : (
      <span key={label}>{label}</span>
    )
  }

  return (
    <Dialog title={entry.status === 'ready' ? `干部任免专用记录本 ${entry.value.label}` : '干部任免专用记录本'} onClose={onClose} size="wide">
      {entry.status === 'loading' && <LoadingIndicator />}
      {entry.status === 'error' && <ErrorMessage message={entry.error.message} />}
      {entry.status === 'ready' && (
        <div className="book-entry">
          <dl className="detail-list book-entry-head">
            <dt>会议</dt>
            <dd>{entry.value.meetingLabel}</dd>
            <dt>日期</dt>
            <dd>{dayText(entry.value.meetingDate)}</dd>
            <dt>议题</dt>
            <dd>{entry.value.topicTitle}</dd>
            {entry.value.correctsLabel && (
              <>
                <dt>更正</dt>
                <dd>
                  本条更正{link(entry.value.correctsLabel)}。更正原因：{entry.value.correctionReason}
                </dd>
              </>
            )}
            {entry.value.correctedByLabels.length > 0 && (
              <>
                <dt>已被更正</dt>
                <dd>本条已由{entry.value.correctedByLabels.map(link)}更正，原记录保留不变。</dd>
              </>
            )}
          </dl>
          {entry.value.candidates.map((candidate) => (
            <CandidateRecord key={candidate.id} candidate={candidate} tally={entry.value.ballotTally} />
          ))}
          {entry.value.sealed ? (
            <footer className="book-seal">
              <p>
                主持人：<strong>{entry.value.sealed.chairName}</strong>
                <span className="seal-gap" aria-hidden="true" />
                记录人：<strong>{entry.value.sealed.recorderName}</strong>
              </p>
              <p>封存时间：{instantText(entry.value.sealed.sealedAt)}</p>
              <SealStatus check={entry.value.sealed.check} />
            </footer>
          ) : (
            <p className="message message-warning">尚未封存：会议签发后自动封存，封存前的记录可在会议中修改。</p>
          )}
        </div>
      )}
      <div className="dialog-actions">
        {entry.status === 'ready' && <EntryPageButton entryId={entryId} label={entry.value.label} />}
        {entry.status === 'ready' && entry.value.ballotTally && <EntryTallyReportButton entryId={entryId} />}
        {entry.status === 'ready' && entry.value.sealed && (
          <button type="button" className="button button-secondary" onClick={() => onCorrect(entry.value)}>
            更正…
          </button>
        )}
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          关闭
        </button>
      </div>
    </Dialog>
  )
}
