import type { FamilyDraft } from './cadreFormDraft'

const columns: [keyof FamilyDraft, string, number][] = [
  ['relation', '称谓', 20],
  ['name', '姓名', 40],
  ['birth', '出生年月', 20],
  ['politicalStatus', '政治面貌', 40],
  ['workUnitAndPost', '工作单位及职务', 200],
]

const blank: FamilyDraft = { relation: '', name: '', birth: '', politicalStatus: '', workUnitAndPost: '' }

/** 家庭主要成员 as editable rows; each input is labelled with its row and column. */
export function FamilyRowsField({ rows, onChange }: { rows: FamilyDraft[]; onChange: (rows: FamilyDraft[]) => void }) {
  const update = (index: number, key: keyof FamilyDraft, value: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)))
  return (
    <fieldset className="form-section">
      <legend>家庭主要成员及重要社会关系</legend>
      {rows.length > 0 && (
        <table className="table family-table">
          <thead>
            <tr>
              {columns.map(([key, label]) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {columns.map(([key, label, max]) => (
                  <td key={key}>
                    <input className="cell-input" aria-label={`第 ${index + 1} 人${label}`} value={row[key]} maxLength={max} onChange={(event) => update(index, key, event.target.value)} />
                  </td>
                ))}
                <td className="cell-actions">
                  <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={`删除第 ${index + 1} 人`}>
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" className="button button-secondary button-small" onClick={() => onChange([...rows, blank])} disabled={rows.length >= 30}>
          添加成员
        </button>
      </div>
    </fieldset>
  )
}
