import { outstandingCopies } from '../../../../shared/meeting-papers/copies'
import type { SecretMaterialView } from '../../../../shared/meeting-papers/views'

/** 尚有N份涉密材料未收回, material by material with each copy's 份号 and holder; nothing when all are back. */
export function OutstandingCopies({ materials }: { materials: readonly SecretMaterialView[] }) {
  const out = outstandingCopies(materials)
  if (out.length === 0) return null
  const byMaterial = materials.map((material) => ({ material, copies: out.filter((o) => o.material.id === material.id).map((o) => o.copy) })).filter((group) => group.copies.length > 0)
  return (
    <div className="message message-warning outstanding-copies" role="alert" aria-label="未收回的涉密材料">
      <strong>尚有 {out.length} 份涉密材料未收回：</strong>
      {byMaterial.map(({ material, copies }) => (
        <p key={material.id}>
          《{material.title}》{copies.map((copy) => `第${copy.copyNumber}份（${copy.recipientName}）`).join('、')}
        </p>
      ))}
    </div>
  )
}
