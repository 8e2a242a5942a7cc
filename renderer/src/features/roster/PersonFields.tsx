import { TextField } from '../../components/TextField'

export interface PersonDraft {
  name: string
  sex: '男' | '女' | null
  unit: string
}

/** 姓名, 性别, 工作单位 of a person being entered. */
export function PersonFields({ idPrefix, value, onChange }: { idPrefix: string; value: PersonDraft; onChange: (next: PersonDraft) => void }) {
  return (
    <div className="form-grid form-grid-person">
      <TextField id={`${idPrefix}-name`} label="姓名" value={value.name} onChange={(event) => onChange({ ...value, name: event.target.value })} maxLength={32} required />
      <div className="field">
        <label htmlFor={`${idPrefix}-sex`}>性别</label>
        <select id={`${idPrefix}-sex`} value={value.sex ?? ''} onChange={(event) => onChange({ ...value, sex: event.target.value === '' ? null : (event.target.value as '男' | '女') })}>
          <option value="">未填写</option>
          <option value="男">男</option>
          <option value="女">女</option>
        </select>
      </div>
      <TextField id={`${idPrefix}-unit`} label="工作单位" value={value.unit} onChange={(event) => onChange({ ...value, unit: event.target.value })} maxLength={64} />
    </div>
  )
}
