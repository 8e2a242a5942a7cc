import { uncoveredYearsNote } from '../../../../shared/calendar/coverage'
import { useNavigation } from '../layout/navigation'
import { useSession } from '../session/SessionContext'
import './uncovered-years-note.css'

/**
 * 「2027年法定节假日安排尚未录入，按周末计算」 beside a working-day result that fell in a year
 * without its arrangement, with the way to 设置 → 工作日历 (for those who may change it).
 */
export function UncoveredYearsNote({ years, compact = false }: { years: readonly number[]; compact?: boolean }) {
  const navigation = useNavigation()
  const canManage = useSession().session.permissions.includes('settings.manage')
  const note = uncoveredYearsNote(years)
  if (note === null) return null
  return (
    <span className={compact ? 'uncovered-note uncovered-note-compact' : 'uncovered-note'} role="note">
      <span aria-hidden="true">⚠ </span>
      {note}，
      {canManage ? (
        <button type="button" className="button button-link uncovered-note-link" onClick={() => navigation.navigate('settings', { settingsTab: 'calendar' })}>
          到 设置 → 工作日历 录入
        </button>
      ) : (
        '请管理员在 设置 → 工作日历 中录入'
      )}
    </span>
  )
}
