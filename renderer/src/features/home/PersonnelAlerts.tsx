import type { MatterView, RegisterReminders } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { useNavigation } from '../layout/navigation'
import { dayText } from '../personnel/personnelFormat'
import { reminderUncoveredYears } from '../../../../shared/personnel/reminders'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'
import { noticeText } from '../personnel/stageReached'
import { HomeCard } from './HomeCard'
import { MetaLine } from './MetaLine'

const groups: { key: keyof RegisterReminders; title: string; detail: (matter: MatterView) => string; byNoticeEnd?: boolean }[] = [
  { key: 'probationEnding', title: '试用期 30 天内期满', detail: (m) => `试用期${dayText(m.stages.probationEnd)}期满` },
  { key: 'noticesRunning', title: '任前公示中', detail: (m) => `公示${noticeText(m)}`, byNoticeEnd: true },
  { key: 'noticesEndedWithoutAppointment', title: '公示期满尚未下发任职通知', detail: (m) => `公示${noticeText(m)}`, byNoticeEnd: true },
  { key: 'decidedWithoutNotice', title: '已讨论决定尚未下发任职通知', detail: (m) => `${dayText(m.stages.decidedOn)}讨论决定` },
]

const loadReminders = () => call('personnel.reminders')
const totalOf = (reminders: RegisterReminders) => groups.reduce((sum, group) => sum + reminders[group.key].length, 0)
/** Names shown per list; the register's 提醒 tab has them all. */
const shownPerGroup = 5

/** 干部任免提醒: the register's reminders, for holders of the grant only (read from the book, logged). */
export function PersonnelAlerts() {
  const [reminders] = useLoad(loadReminders)
  return (
    <HomeCard title="干部任免提醒" count={reminders.status === 'ready' ? totalOf(reminders.value) : undefined}>
      {reminders.status === 'loading' && <LoadingIndicator text="正在读取干部任免专用记录本…" />}
      {reminders.status === 'error' && <ErrorMessage message={reminders.error.message} />}
      {reminders.status === 'ready' && <ReminderGroups reminders={reminders.value} />}
    </HomeCard>
  )
}

function ReminderGroups({ reminders }: { reminders: RegisterReminders }) {
  const { navigate } = useNavigation()
  const total = totalOf(reminders)
  return (
    <>
      {total === 0 && <p className="home-empty">干部任免专用记录本中暂无需要提醒的事项。</p>}
      {groups
        .filter((group) => reminders[group.key].length > 0)
        .map((group) => (
          <div key={group.key}>
            <h3 className="home-subtitle">
              {group.title}（{reminders[group.key].length} 人）
            </h3>
            <ul className="home-list home-list-compact">
              {reminders[group.key].slice(0, shownPerGroup).map((matter) => (
                <li key={matter.id} className="home-row">
                  <button type="button" className="link-button home-item-title" onClick={() => navigate('personnel')}>
                    {matter.cadreName}
                  </button>
                  <MetaLine parts={[`${matter.actionLabel}${matter.proposedPost ? `，拟任${matter.proposedPost}` : ''}`, group.detail(matter)]} />
                  {group.byNoticeEnd && <UncoveredYearsNote years={reminderUncoveredYears(matter)} compact />}
                </li>
              ))}
              {reminders[group.key].length > shownPerGroup && <li className="home-more">另有 {reminders[group.key].length - shownPerGroup} 人，请在“干部任免 → 提醒”中查看。</li>}
            </ul>
          </div>
        ))}
    </>
  )
}
