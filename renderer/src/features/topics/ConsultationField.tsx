import { useCallback } from 'react'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useLoad } from '../../lib/useLoad'
import { chineseDate } from '../meetings/chineseDate'

interface ConsultationFieldProps {
  topicId?: string
  value: string | null
  onChange: (itemId: string | null) => void
}

/** The 书记专题会议 item where this personnel topic was consulted (酝酿) first. */
export function ConsultationField({ topicId, value, onChange }: ConsultationFieldProps) {
  const load = useCallback(() => call('topics.consultationOptions', topicId ? { topicId } : {}), [topicId])
  const [options] = useLoad(load)
  const list = options.status === 'ready' ? options.value : []
  return (
    <div className="field">
      <label htmlFor="topic-form-consultation">书记专题会议酝酿</label>
      <select id="topic-form-consultation" value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} aria-describedby="topic-form-consultation-hint">
        <option value="">{options.status === 'loading' ? '正在加载…' : '（尚未酝酿）'}</option>
        {list.map((option) => (
          <option key={option.itemId} value={option.itemId}>
            {option.meetingLabel}（{chineseDate(option.date)}{option.held ? '' : '，尚未召开'}）：{option.title}
          </option>
        ))}
      </select>
      <p id="topic-form-consultation-hint" className="field-hint">
        {list.length === 0 && options.status === 'ready'
          ? '还没有可引用的书记专题会议议题：干部任免议题须先列入书记专题会议酝酿，才能提请常委会研究。'
          : '干部任免议题须先经书记专题会议酝酿，才能提请常委会研究。'}
      </p>
      {options.status === 'error' && <ErrorMessage message={options.error.message} />}
    </div>
  )
}
