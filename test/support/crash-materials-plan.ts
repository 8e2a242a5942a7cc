/** What the materials kill test's child writes, shared by the child and the parent. */

/** Written into every material: it must never be found in clear anywhere in the data folder. */
export const crashMaterialMarker = 'MARKER-汇报材料-崩溃测试-9b2e'

/** One step the child saw complete before it was killed. */
export interface CommittedMaterial {
  kind: 'material' | 'rotate' | 'backup'
  fileName?: string
  sha256?: string
  counter: number
}
