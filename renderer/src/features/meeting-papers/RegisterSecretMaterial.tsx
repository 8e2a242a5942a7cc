import { useState, type FormEvent } from 'react'
import { printedItemTitle } from '../../../../shared/documents/meeting-papers/common'
import { classificationLabels, type ClassificationLevel } from '../../../../shared/documents/settings'
import { copyRecipients } from '../../../../shared/meeting-papers/copies'
import type { MeetingPapersView } from '../../../../shared/meeting-papers/views'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../lib/useAction'

interface RegisterSecretMaterialProps {
  meeting: MeetingDetail
  showPersonnelTitles: boolean
  onPapers: (papers: MeetingPapersView) => void
}

const levels: Exclude<ClassificationLevel, 'none'>[] = ['secret', 'confidential', 'top_secret']

/** 登记涉密材料: its name, 密级 and 保密期限, and the item it belongs to; the copies are numbered by the rule. */
export function RegisterSecretMaterial({ meeting, showPersonnelTitles, onPapers }: RegisterSecretMaterialProps) {
  const [title, setTitle] = useState('')
  const [level, setLevel] = useState<Exclude<ClassificationLevel, 'none'>>('confidential')
  const [years, setYears] = useState('10')
  const [itemId, setItemId] = useState('')
  const { busy, error, setError, run } = useAction()
  const count = copyRecipients(meeting, itemId || null).length

  function submit(event: FormEvent) {
    event.preventDefault()
    const period = years.trim() === '' ? null : Number(years)
    if (period !== null && !Number.isInteger(period)) return setError('保密期限须为整年，或不填')
    void run(() => call('papers.issueSecretMaterial', { meetingId: meeting.id, itemId: itemId || null, title, classification: { level, years: period } }), (papers) => {
      setTitle('')
      onPapers(papers)
    })
  }

  return (
    <form className="secret-register-form" onSubmit={submit} noValidate aria-label="登记涉密材料">
      <div className="field">
        <label htmlFor="secret-title">材料名称</label>
        <input id="secret-title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={100} placeholder="如：全域旅游发展三年行动计划（送审稿）" />
      </div>
      <div className="field">
        <label htmlFor="secret-level">密级</label>
        <select id="secret-level" value={level} onChange={(event) => setLevel(event.target.value as typeof level)}>
          {levels.map((value) => (
            <option key={value} value={value}>
              {classificationLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-narrow">
        <label htmlFor="secret-years">保密期限（年）</label>
        <input id="secret-years" inputMode="numeric" value={years} onChange={(event) => setYears(event.target.value)} maxLength={2} placeholder="可不填" />
      </div>
      <div className="field">
        <label htmlFor="secret-item">用于</label>
        <select id="secret-item" value={itemId} onChange={(event) => setItemId(event.target.value)}>
          <option value="">整个会议</option>
          {[...meeting.items]
            .sort((a, b) => a.position - b.position)
            .map((item, index) => (
              <option key={item.id} value={item.id}>
                议题{index + 1}：{printedItemTitle(item, showPersonnelTitles)}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary" disabled={busy || title.trim() === ''}>
        登记并编号（{count}份）
      </button>
      <ErrorMessage message={error} />
    </form>
  )
}
