import { useCallback } from 'react'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { TimelineList } from './TimelineList'

/** One person's path through every matter and entry of the book. */
export function TimelineDialog({ cadreId, cadreName, onClose, onOpenCadre }: { cadreId: string; cadreName: string; onClose: () => void; onOpenCadre: () => void }) {
  const load = useCallback(() => call('personnel.timeline', { cadreId }), [cadreId])
  const [events] = useLoad(load)
  return (
    <Dialog title={`${cadreName}的任免经历`} onClose={onClose} size="wide">
      {events.status === 'loading' && <LoadingIndicator />}
      {events.status === 'error' && <ErrorMessage message={events.error.message} />}
      {events.status === 'ready' &&
        (events.value.length === 0 ? (
          <EmptyState title="尚无记录。">
            <p>为该干部填写任免事项的各环节日期后，经历会按时间列在这里。</p>
          </EmptyState>
        ) : (
          <TimelineList events={events.value} />
        ))}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onOpenCadre}>
          查看档案
        </button>
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          关闭
        </button>
      </div>
    </Dialog>
  )
}
