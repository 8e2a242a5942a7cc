import { useState, type FormEvent } from 'react'
import type { LrmxEducation } from '../../../../shared/personnel/lrmx-types'
import type { CadreDetail } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { draftOf, inputOf, type CadreDraft, type PhotoChoice, type TextKey } from './cadreFormDraft'
import { FamilyRowsField } from './FamilyRowsField'
import { PhotoField } from './PhotoField'
import { useAction } from '../../lib/useAction'

const dateHint = '写成 1980.05 或 198005'

const basics: [TextKey, string, number, string?][] = [
  ['name', '姓名', 40],
  ['sex', '性别', 4],
  ['birth', '出生年月', 20, dateHint],
  ['ethnicity', '民族', 20],
  ['nativePlace', '籍贯', 60],
  ['birthplace', '出生地', 60],
  ['partyJoined', '入党时间', 20, dateHint],
  ['workStarted', '参加工作时间', 20, dateHint],
  ['health', '健康状况', 40],
  ['professionalTitle', '专业技术职务', 100],
  ['specialty', '熟悉专业有何专长', 200],
  ['idNumber', '身份证号', 18, '18 位，用于查重'],
]

const posts: [TextKey, string][] = [
  ['currentPost', '现任职务'],
  ['proposedPost', '拟任职务'],
  ['postToRemove', '拟免职务'],
  ['reportingUnit', '呈报单位'],
  ['filledBy', '填表人'],
]

const longTexts: [TextKey, string, number][] = [
  ['rewardsAndPunishments', '奖惩情况', 2],
  ['annualAssessment', '年度考核结果', 2],
  ['appointmentReasons', '任免理由', 3],
]

const educationParts: [keyof LrmxEducation, string][] = [
  ['education', '学历'],
  ['degree', '学位'],
  ['educationSchool', '毕业院校系及专业'],
  ['degreeSchool', '学位授予院校系及专业'],
]

/** 新建档案 / 修改档案: every field of the approval form, typed by hand; the core checks dates, ID number and résumé. */
export function CadreFormDialog({ cadre, onClose, onSaved }: { cadre: CadreDetail | null; onClose: () => void; onSaved: (saved: CadreDetail) => void }) {
  const [draft, setDraft] = useState<CadreDraft>(() => draftOf(cadre))
  const [photo, setPhoto] = useState<PhotoChoice>('keep')
  const { busy, error, run } = useAction()

  const setText = (key: TextKey) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, text: { ...current.text, [key]: event.target.value } }))
  const setEducation = (kind: 'fullTimeEducation' | 'inServiceEducation', part: keyof LrmxEducation) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [kind]: { ...current[kind], [part]: event.target.value } }))

  function submit(event: FormEvent) {
    event.preventDefault()
    void run(() => call('personnel.saveCadre', inputOf(cadre?.id, draft, photo)), onSaved)
  }

  return (
    <Dialog title={cadre ? `修改档案：${cadre.name}` : '新建干部档案（手工录入任免审批表）'} onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <div className="cadre-form-top">
          <div className="form-grid form-grid-three">
            {basics.map(([key, label, max, hint]) => (
              <TextField key={key} id={`cadre-${key}`} label={label} value={draft.text[key]} onChange={setText(key)} maxLength={max} hint={hint} required={key === 'name'} />
            ))}
          </div>
          <PhotoField current={cadre?.photoDataUrl ?? null} choice={photo} onChoose={setPhoto} />
        </div>
        {(['fullTimeEducation', 'inServiceEducation'] as const).map((kind) => (
          <fieldset key={kind} className="form-section">
            <legend>{kind === 'fullTimeEducation' ? '全日制教育' : '在职教育'}</legend>
            <div className="form-grid form-grid-four">
              {educationParts.map(([part, label]) => (
                <TextField key={part} id={`cadre-${kind}-${part}`} label={label} value={draft[kind][part]} onChange={setEducation(kind, part)} maxLength={part === 'education' || part === 'degree' ? 60 : 200} />
              ))}
            </div>
          </fieldset>
        ))}
        <div className="form-grid">
          {posts.map(([key, label]) => (
            <TextField key={key} id={`cadre-${key}`} label={label} value={draft.text[key]} onChange={setText(key)} maxLength={200} />
          ))}
        </div>
        <div className="field">
          <label htmlFor="cadre-resume">简历</label>
          <textarea id="cadre-resume" rows={6} className="resume-input" value={draft.text.resume} onChange={setText('resume')} maxLength={8000} aria-describedby="cadre-resume-hint" />
          <p id="cadre-resume-hint" className="field-hint">
            每行一段：“2015.07--2021.03  职务”（也可写 201507--202103），现任职务写成“2021.03--  职务”或“2021.03--至今  职务”；“（其间：……）”另起一行缩进。没有起止年月的行单独保留。
          </p>
        </div>
        {longTexts.map(([key, label, rows]) => (
          <div key={key} className="field">
            <label htmlFor={`cadre-${key}`}>{label}</label>
            <textarea id={`cadre-${key}`} rows={rows} value={draft.text[key]} onChange={setText(key)} maxLength={2000} />
          </div>
        ))}
        <FamilyRowsField rows={draft.family} onChange={(family) => setDraft((current) => ({ ...current, family }))} />
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在保存…</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            保存档案
          </button>
        </div>
      </form>
    </Dialog>
  )
}
