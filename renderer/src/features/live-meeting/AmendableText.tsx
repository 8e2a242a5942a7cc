import { useState } from 'react'
import { amendmentFieldLabel, amendmentValueText } from '../../../../shared/meetings/amendments'
import type { AmendmentTarget } from '../../../../shared/meetings/vocabulary'
import { AmendDialog } from './AmendDialog'
import { chineseDateTime } from './chineseDateTime'
import { useLive } from './LiveContext'

interface AmendableTextProps {
  target: AmendmentTarget
  targetId: string
  field: string
  /** The text as signed. */
  original: string
  /** How the value reads on screen (a date in Chinese form); by default as core names it (a stance code → 同意). */
  display?: (value: string) => string
  /** A value from a fixed list (表态): the correction is picked, not typed. */
  choices?: { value: string; label: string }[]
  /** The label is a heading elsewhere: show only the text and its corrections. */
  bare?: boolean
  /** Label, value and 更正 on one line (short values: a stance, a time). */
  inline?: boolean
}

/**
 * A field of a signed record: the original stays as it was signed; each correction is
 * shown beside it, dated, with its author and reason. 更正 adds one.
 */
export function AmendableText({ target, targetId, field, original, display = (value) => amendmentValueText(field, value), choices, bare = false, inline = false }: AmendableTextProps) {
  const { detail, sealed } = useLive()
  const [amending, setAmending] = useState(false)
  const label = amendmentFieldLabel(target, field)
  const amendments = detail.amendments.filter((amendment) => amendment.target === target && amendment.targetId === targetId && amendment.field === field)
  const current = amendments.at(-1)?.after ?? original
  return (
    <div className={inline ? 'amendable amendable-inline' : bare ? 'amendable amendable-bare' : 'amendable'}>
      <div className="amendable-head">
        {!bare && <span className="amendable-label">{label}</span>}
        {sealed && (
          <button type="button" className="button button-link amend-button" onClick={() => setAmending(true)} aria-label={`更正${label}`}>
            更正
          </button>
        )}
      </div>
      <p className={amendments.length > 0 ? 'record-text record-text-amended' : 'record-text'}>
        {amendments.length > 0 && <span className="record-tag">原文</span>}
        {original ? display(original) : <span className="record-empty">（未记录）</span>}
      </p>
      {amendments.map((amendment) => (
        <div key={amendment.id} className="amendment" role="note" aria-label={`${label}的更正`}>
          <p className="amendment-meta">
            更正 · {chineseDateTime(amendment.at)} · {amendment.authorName} · 原因：{amendment.reason}
          </p>
          <p className="record-text">{display(amendment.after)}</p>
        </div>
      ))}
      {amending && <AmendDialog target={target} targetId={targetId} field={field} label={label} current={current} choices={choices} onClose={() => setAmending(false)} />}
    </div>
  )
}
