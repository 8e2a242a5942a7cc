import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { CalendarForm } from './CalendarForm'
import './calendar-settings.css'

const loadCalendar = () => call('calendar.get')

/** 设置 → 工作日历 (settings.manage): the office's own holidays and worked days on top of the official data. */
export function CalendarSection() {
  const [calendar] = useLoad(loadCalendar)
  return (
    <section className="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">工作日历</h2>
      {calendar.status === 'loading' && <LoadingIndicator />}
      {calendar.status === 'error' && <ErrorMessage message={calendar.error.message} />}
      {calendar.status === 'ready' && (
        <>
          <p className="card-note">
            任前公示“不少于 5 个工作日”、会议材料截止日期等按工作日计算：周一至周五上班，周末休息，并按国务院办公厅公布的节假日安排（含调休上班的周末）调整。
            本程序内置了 {calendar.value.officialYears.first}年至{calendar.value.officialYears.last}年的国家节假日安排；
            <strong>
              {calendar.value.officialYears.last + 1}年及以后的放假和调休安排公布后，请在这里逐日添加
            </strong>
            ，否则这些年份只按周末计算。本单位另行放假或安排上班的日子也在这里添加。
          </p>
          <CalendarForm initial={calendar.value} />
        </>
      )}
    </section>
  )
}
