export interface GuestRow {
  key: number
  name: string
  post: string
}

interface GuestRowsFieldProps {
  rows: GuestRow[]
  onChange: (rows: GuestRow[]) => void
}

let nextKey = 1
export const newGuestRow = (name = '', post = ''): GuestRow => ({ key: nextKey++, name, post })

/** 列席 for one topic: name (or unit) and post per row; rows are added and removed by button. */
export function GuestRowsField({ rows, onChange }: GuestRowsFieldProps) {
  const update = (key: number, change: Partial<GuestRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)))
  return (
    <fieldset className="form-section guest-rows">
      <legend>本议题列席人员</legend>
      {rows.length === 0 && <p className="field-hint">汇报本议题时需要列席的单位或人员（可不填）。</p>}
      {rows.map((row, index) => (
        <div key={row.key} className="guest-row">
          <div className="field">
            <label htmlFor={`topic-guest-name-${row.key}`}>列席人员{index + 1}</label>
            <input id={`topic-guest-name-${row.key}`} value={row.name} onChange={(event) => update(row.key, { name: event.target.value })} maxLength={32} placeholder="姓名或单位" />
          </div>
          <div className="field">
            <label htmlFor={`topic-guest-post-${row.key}`}>列席人员{index + 1}职务</label>
            <input id={`topic-guest-post-${row.key}`} value={row.post} onChange={(event) => update(row.key, { post: event.target.value })} maxLength={64} placeholder="可不填" />
          </div>
          <button type="button" className="button button-small button-danger-quiet" aria-label={`删除列席人员${index + 1}`} onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
            删除
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="button button-small button-secondary" onClick={() => onChange([...rows, newGuestRow()])}>
          添加列席人员
        </button>
      </div>
    </fieldset>
  )
}
