import type { MatterView } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { dayText } from './personnelFormat'
import { reminderUncoveredYears } from '../../../../shared/personnel/reminders'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'
import { noticeText } from './stageReached'

const loadReminders = () => call('personnel.reminders')

function ReminderList({ title, empty, matters, detail, onOpenCadre, byNoticeEnd = false }: { title: string; empty: string; matters: MatterView[]; detail: (m: MatterView) => string; onOpenCadre: (id: string) => void; byNoticeEnd?: boolean }) {
  const id = `reminder-${title}`
  return (
    <section className="card reminder-card" aria-labelledby={id}>
      <h3 id={id}>
        {title}
        <span className={matters.length > 0 ? 'badge badge-warn' : 'badge badge-off'}>{matters.length}</span>
      </h3>
      {matters.length === 0 ? (
        <p className="card-note">{empty}</p>
      ) : (
        <ul className="reminder-list">
          {matters.map((matter) => (
            <li key={matter.id}>
              <button type="button" className="book-link" onClick={() => onOpenCadre(matter.cadreId)}>
                {matter.cadreName}
              </button>
              <span>
                {matter.actionLabel}
                {matter.proposedPost && `，拟任${matter.proposedPost}`}
              </span>
              <span className="reminder-detail">{detail(matter)}</span>
              {byNoticeEnd && <UncoveredYearsNote years={reminderUncoveredYears(matter)} compact />}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** 提醒: what needs doing next in the procedure. */
export function RemindersTab({ onOpenCadre }: { onOpenCadre: (cadreId: string) => void }) {
  const [reminders] = useLoad(loadReminders)
  if (reminders.status === 'loading') return <LoadingIndicator />
  if (reminders.status === 'error') return <ErrorMessage message={reminders.error.message} />
  const r = reminders.value
  return (
    <div className="reminder-grid">
      <ReminderList title="试用期 30 天内期满" empty="近 30 天内没有试用期期满的干部。" matters={r.probationEnding} detail={(m) => `试用期${dayText(m.stages.probationEnd)}期满`} onOpenCadre={onOpenCadre} />
      <ReminderList title="任前公示中" empty="目前没有正在公示的人选。" matters={r.noticesRunning} detail={(m) => `公示${noticeText(m)}`} onOpenCadre={onOpenCadre} byNoticeEnd />
      <ReminderList title="公示期满尚未下发任职通知" empty="没有公示期满而未下发任职通知的人选。" matters={r.noticesEndedWithoutAppointment} detail={(m) => `公示${noticeText(m)}`} onOpenCadre={onOpenCadre} byNoticeEnd />
      <ReminderList title="已讨论决定尚未下发任职通知" empty="没有讨论决定后尚未下发任职通知的人选。" matters={r.decidedWithoutNotice} detail={(m) => `${dayText(m.stages.decidedOn)}讨论决定${m.decision ? `（${m.decision.entryLabel}）` : ''}`} onOpenCadre={onOpenCadre} />
    </div>
  )
}
