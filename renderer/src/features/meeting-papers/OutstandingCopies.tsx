import { copyLabel, outstandingCopies } from '../../../../shared/meeting-papers/copies'
import type { SecretMaterialView } from '../../../../shared/meeting-papers/views'

/** 尚有N份涉密材料未收回: every copy neither returned nor closed with a reason, or nothing. */
export function OutstandingCopies({ materials }: { materials: readonly SecretMaterialView[] }) {
  const out = outstandingCopies(materials)
  if (out.length === 0) return null
  return (
    <div className="message message-warning" role="alert" aria-label="未收回的涉密材料">
      <strong>尚有 {out.length} 份涉密材料未收回：</strong>
      <ul className="outstanding-copies">
        {out.map(({ material, copy }) => (
          <li key={copy.id}>{copyLabel(material.title, copy)}</li>
        ))}
      </ul>
    </div>
  )
}
