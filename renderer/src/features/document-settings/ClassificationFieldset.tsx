import { classificationLabels, classificationLevels, classificationMark, type Classification, type ClassificationLevel } from '../../../../shared/documents/settings'

interface Props {
  value: Classification
  onChange: (value: Classification) => void
}

/** 默认密级和保密期限 of 纪要 and 会议记录; the years are left empty for none (the level alone). */
export function ClassificationFieldset({ value, onChange }: Props) {
  const none = value.level === 'none'
  return (
    <fieldset className="document-settings-group">
      <legend>默认密级</legend>
      <div className="document-settings-row">
        <div className="field field-short">
          <label htmlFor="document-settings-level">密级</label>
          <select
            id="document-settings-level"
            value={value.level}
            onChange={(event) => {
              const level = event.target.value as ClassificationLevel
              onChange({ level, years: level === 'none' ? null : (value.years ?? 10) })
            }}
          >
            {classificationLevels.map((level) => (
              <option key={level} value={level}>
                {classificationLabels[level]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-short">
          <label htmlFor="document-settings-years">保密期限（年）</label>
          <input
            id="document-settings-years"
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            step={1}
            disabled={none}
            value={value.years ?? ''}
            onChange={(event) => onChange({ ...value, years: event.target.value.trim() === '' ? null : Number(event.target.value) })}
          />
        </div>
      </div>
      <p className="field-hint">会议纪要和会议记录默认标注{classificationMark(value) ?? '不标密级'}，每份公文导出前仍可修改。</p>
    </fieldset>
  )
}
