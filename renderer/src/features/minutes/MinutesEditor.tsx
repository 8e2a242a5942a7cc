import { useEffect, useRef, useState, type FormEvent } from 'react'
import { classificationLabels, classificationLevels, type ClassificationLevel } from '../../../../shared/documents/settings'
import type { MinutesContent } from '../../../../shared/documents/minutes/content'
import type { MinutesState } from '../../../../shared/documents/minutes/views'
import { call } from '../../api/client'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { contentOf, formOf, sameContent, type MinutesForm } from './minutesForm'
import type { MinutesActions } from './useMinutes'

interface MinutesEditorProps {
  state: MinutesState
  actions: MinutesActions
  /** Registers the editor's save, so a step (审核) saves what was typed first. */
  onSaveHandle: (save: (() => Promise<boolean>) | null) => void
}

const rows = (text: string) => Math.min(14, Math.max(3, text.split('\n').length + 1))

/** The 纪要's text and options; each field saves when it loses focus, 保存 saves at once. */
export function MinutesEditor({ state, actions, onSaveHandle }: MinutesEditorProps) {
  const minutes = state.minutes!
  const [form, setForm] = useState<MinutesForm>(() => formOf(minutes.content))
  const [savedOnce, setSavedOnce] = useState(false)
  const changed = !sameContent(contentOf(form, minutes.content), minutes.content)

  // A redraft or another user's step replaces the content: show it. The answer to our own
  // save is left alone, so what was typed meanwhile in the next field stays.
  const sent = useRef<MinutesContent | null>(null)
  useEffect(() => {
    if (sent.current && sameContent(sent.current, minutes.content)) return
    setForm(formOf(minutes.content))
  }, [minutes.content])

  async function save(): Promise<boolean> {
    const content = contentOf(form, minutes.content)
    if (sameContent(content, minutes.content)) return true
    sent.current = content
    const ok = await actions.run(() => call('minutes.update', { meetingId: state.meetingId, content }))
    if (ok) setSavedOnce(true)
    return ok
  }
  useEffect(() => {
    onSaveHandle(save)
  })
  useEffect(() => () => onSaveHandle(null), [onSaveHandle])

  const set = <K extends keyof MinutesForm>(key: K, value: MinutesForm[K]) => setForm((current) => ({ ...current, [key]: value }))
  const setAt = (key: 'sections' | 'headings' | 'views', index: number, value: string) => setForm((current) => ({ ...current, [key]: current[key].map((text, i) => (i === index ? value : text)) }))
  const onBlur = () => void save()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void save()
  }
  const hasPersonnel = minutes.content.sections.some((section) => section.personnel)
  const numbered = minutes.content.sections.length > 1

  return (
    <form className="minutes-editor stack" onSubmit={submit} aria-label="编辑纪要">
      <div className="field">
        <label htmlFor="minutes-opening">开头</label>
        <textarea id="minutes-opening" rows={3} value={form.opening} onChange={(e) => set('opening', e.target.value)} onBlur={onBlur} />
      </div>
      {minutes.content.sections.map((section, index) => (
        <fieldset key={section.agendaItemId} className="minutes-section">
          <legend>
            {numbered ? `第${index + 1}项议题` : '议题'}
            {section.personnel && <span className="minutes-badge">干部任免</span>}
          </legend>
          {section.personnel ? (
            <div className="minutes-personnel">
              <p className="minutes-heading-static">{section.heading}</p>
              {section.paragraphs.map((text) => (
                <p key={text}>{text}</p>
              ))}
              <p className="field-hint">干部任免事项的人选情况只记在专用记录本中，纪要正文只写其编号，不能在此改写。</p>
            </div>
          ) : (
            <>
              <TextField id={`minutes-heading-${index}`} label="标题" value={form.headings[index] ?? ''} onChange={(e) => setAt('headings', index, e.target.value)} onBlur={onBlur} />
              <div className="field">
                <label htmlFor={`minutes-section-${index}`}>正文（每行一段）</label>
                <textarea id={`minutes-section-${index}`} rows={rows(form.sections[index] ?? '')} value={form.sections[index] ?? ''} onChange={(e) => setAt('sections', index, e.target.value)} onBlur={onBlur} />
              </div>
              <div className="field">
                <label htmlFor={`minutes-view-${index}`}>会议认为</label>
                <textarea
                  id={`minutes-view-${index}`}
                  rows={2}
                  value={form.views[index] ?? ''}
                  onChange={(e) => setAt('views', index, e.target.value)}
                  onBlur={onBlur}
                  aria-describedby={`minutes-view-hint-${index}`}
                />
                <p className="field-hint" id={`minutes-view-hint-${index}`}>
                  会议对该事项的意见，由您据会议讨论填写；印在正文第一段（会议听取了……的汇报）之后，以“会议认为，”开头。留空则不写。
                </p>
              </div>
            </>
          )}
        </fieldset>
      ))}
      {hasPersonnel && state.mayIncludePersonnel && (
        <label className="checkbox">
          <input type="checkbox" checked={form.includePersonnel} onChange={(e) => set('includePersonnel', e.target.checked)} onBlur={onBlur} />
          写入干部任免人选及表决结果（预览和导出时从专用记录本读取，不存入纪要）
        </label>
      )}
      {hasPersonnel && !state.mayIncludePersonnel && form.includePersonnel && <p className="field-hint">本纪要选择了写入干部任免人选情况；您没有干部任免权限，预览中只显示专用记录本编号。</p>}

      <fieldset className="minutes-section">
        <legend>出席、请假、列席</legend>
        {(['present', 'leave', 'guests'] as const).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`minutes-${key}`}>{{ present: '出席', leave: '请假', guests: '列席' }[key]}</label>
            <textarea id={`minutes-${key}`} rows={2} value={form[key]} onChange={(e) => set(key, e.target.value)} onBlur={onBlur} />
          </div>
        ))}
      </fieldset>

      <fieldset className="minutes-section minutes-marks">
        <legend>密级与分送</legend>
        <div className="field">
          <label htmlFor="minutes-level">密级</label>
          <select id="minutes-level" value={form.level} onChange={(e) => set('level', e.target.value as ClassificationLevel)} onBlur={onBlur}>
            {classificationLevels.map((level) => (
              <option key={level} value={level}>
                {classificationLabels[level]}
              </option>
            ))}
          </select>
        </div>
        {form.level !== 'none' && (
          <>
            <TextField id="minutes-years" label="保密期限（年）" type="number" min={1} max={30} value={form.years} onChange={(e) => set('years', e.target.value)} onBlur={onBlur} hint="留空则只标密级" />
            <TextField id="minutes-copy" label="份号" inputMode="numeric" maxLength={6} value={form.copyNumber} onChange={(e) => set('copyNumber', e.target.value)} onBlur={onBlur} aria-required="true" hint={form.copyNumber.trim() === '' ? '必填：标有密级的纪要须标注份号（6 位数字，例如 000001），否则不能审核、签发或导出' : '6 位数字，例如 000001'} />
          </>
        )}
        <div className="field minutes-distribution">
          <label htmlFor="minutes-distribution">分送</label>
          <textarea id="minutes-distribution" rows={2} value={form.distribution} onChange={(e) => set('distribution', e.target.value)} onBlur={onBlur} />
        </div>
      </fieldset>

      <div className="form-actions minutes-save">
        {actions.busy ? (
          <StatusMessage tone="busy">正在保存…</StatusMessage>
        ) : changed ? (
          <StatusMessage>有未保存的修改（离开输入框时自动保存）</StatusMessage>
        ) : (
          savedOnce && <StatusMessage tone="success">已保存</StatusMessage>
        )}
        <button type="submit" className="button button-primary" disabled={actions.busy || !changed}>
          保存
        </button>
      </div>
    </form>
  )
}
