import { useState } from 'react'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { CalendarForm } from './CalendarForm'
import { IcsImport } from './IcsImport'
import './calendar-settings.css'

const loadCalendar = () => call('calendar.get')

/** 设置 → 工作日历 (settings.manage): the office's own holidays and worked days on top of the official data. */
export function CalendarSection() {
  const [calendar, , replace] = useLoad(loadCalendar)
  // An import saves on its own: the form starts again from what was saved.
  const [formKey, setFormKey] = useState(0)
  return (
    <section className="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">工作日历</h2>
      {calendar.status === 'loading' && <LoadingIndicator />}
      {calendar.status === 'error' && <ErrorMessage message={calendar.error.message} />}
      {calendar.status === 'ready' && (
        <>
          <p className="card-note">
            任前公示“不少于 5 个工作日”、会议材料截止日期、督办时限等按工作日计算：周一至周五上班，周末休息，并按国务院办公厅公布的节假日安排（含调休上班的周末）调整。
            本程序内置了 {calendar.value.officialYears.first}年至{calendar.value.officialYears.last}年的国家节假日安排；
            <strong>
              {calendar.value.officialYears.last + 1}年及以后的放假和调休安排公布后，请在这里导入或逐日添加，并勾选该年份
            </strong>
            ，否则这些年份只按周末计算，相关日期旁会提示“尚未录入”。本单位另行放假或安排上班的日子也在这里添加。
          </p>
          <IcsImport
            onImported={(view) => {
              replace(() => view)
              setFormKey((key) => key + 1)
            }}
          />
          <CalendarForm key={formKey} initial={calendar.value} />
        </>
      )}
    </section>
  )
}
