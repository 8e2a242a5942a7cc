import { minutesNumberings, type DocumentSettings, type MinutesNumbering } from '../../../../shared/documents/settings'
import type { BodyView } from '../../../../shared/meetings/views'
import { TextField } from '../../components/TextField'

const numberingLabels: Record<MinutesNumbering, string> = {
  body_year: '每个会议机构每年单独编号（常委会纪要第1期、第2期……）',
  year: '全年统一编号（各类会议纪要共用一个期号序列）',
}

interface Props {
  settings: DocumentSettings
  bodies: BodyView[]
  onChange: (update: (current: DocumentSettings) => DocumentSettings) => void
}

/** 纪要标志 per body (empty: the default wording) and how issues are numbered. */
export function MinutesFieldset({ settings, bodies, onChange }: Props) {
  function setMark(bodyId: string, text: string) {
    onChange((current) => {
      const marks = { ...current.minutesMarks }
      if (text === '') delete marks[bodyId]
      else marks[bodyId] = text
      return { ...current, minutesMarks: marks }
    })
  }
  return (
    <fieldset className="document-settings-group">
      <legend>会议纪要</legend>
      {bodies.map((body) => (
        <TextField
          key={body.id}
          id={`document-settings-mark-${body.id}`}
          label={`${body.name}纪要标志`}
          placeholder={`${settings.issuerShortName}${body.name}纪要`}
          hint="留空时按“机关简称 + 会议名称 + 纪要”生成。"
          value={settings.minutesMarks[body.id] ?? ''}
          onChange={(event) => setMark(body.id, event.target.value)}
        />
      ))}
      <fieldset className="choice-group">
        <legend>纪要期号编排</legend>
        {minutesNumberings.map((numbering) => (
          <label key={numbering} className="choice">
            <input
              type="radio"
              name="minutes-numbering"
              value={numbering}
              checked={settings.minutesNumbering === numbering}
              onChange={() => onChange((current) => ({ ...current, minutesNumbering: numbering }))}
            />
            <span>{numberingLabels[numbering]}</span>
          </label>
        ))}
      </fieldset>
    </fieldset>
  )
}
