import { useId, useState } from 'react'
import { sealStateHints, sealStateLabels, type SealCheck } from '../../../../shared/seals/check-code'
import './seals.css'

interface SealStatusProps {
  check: SealCheck
  /** Who signed and when: 王秘书 签发于 2026年2月6日 10:00. */
  signed?: string
}

/**
 * A signed record's seal as it reads now: 「已签发 · 与签发时一致」, 「已签发（旧式校验）」 or, in
 * red, 「已签发 · 签发后被改动」; the check code (校验码) on demand, to compare with the paper.
 */
export function SealStatus({ check, signed }: SealStatusProps) {
  const [codeShown, setCodeShown] = useState(false)
  const codeId = useId()
  const changed = check.state === 'changed'
  return (
    <div className={`seal-status seal-status-${check.state}`} role="group" aria-label="签发状态">
      <p className="seal-status-line">
        <strong className="seal-status-state">{sealStateLabels[check.state]}</strong>
        {signed && <span className="seal-status-signed">{signed}</span>}
        <button type="button" className="button button-link seal-status-toggle" aria-expanded={codeShown} aria-controls={codeId} onClick={() => setCodeShown((shown) => !shown)}>
          {codeShown ? '隐藏校验码' : '显示校验码'}
        </button>
        {codeShown && (
          <span id={codeId} className="seal-status-code">
            校验码：<code aria-label="校验码">{check.checkCode}</code>
          </span>
        )}
      </p>
      {check.state !== 'intact' && (
        <p className="seal-status-hint" role={changed ? 'alert' : undefined}>
          {sealStateHints[check.state]}
        </p>
      )}
      {check.state === 'intact' && codeShown && <p className="seal-status-hint">{sealStateHints.intact}</p>}
    </div>
  )
}
