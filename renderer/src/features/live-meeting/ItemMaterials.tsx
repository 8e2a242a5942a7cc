import { useState } from 'react'
import type { AgendaItemView, MaterialView } from '../../../../shared/meetings/views'
import { MaterialViewer } from '../materials/MaterialViewer'

/** 汇报材料 of the item's topic, one click from the live screen, opened read-only in the app. */
export function ItemMaterials({ item }: { item: AgendaItemView }) {
  const [viewing, setViewing] = useState<MaterialView | null>(null)
  const materials = item.topic.materials
  return (
    <div className="live-section live-materials">
      <h3 className="live-materials-title">汇报材料（{materials.length} 份）</h3>
      {materials.length === 0 ? (
        <p className="muted-line">没有汇报材料。</p>
      ) : (
        <ul className="live-materials-list">
          {materials.map((material) => (
            <li key={material.id}>
              <button type="button" className="button button-small button-secondary" aria-label={`查看材料：${material.fileName}`} onClick={() => setViewing(material)}>
                {material.fileName}
              </button>
            </li>
          ))}
        </ul>
      )}
      {viewing && <MaterialViewer materialId={viewing.id} fileName={viewing.fileName} onClose={() => setViewing(null)} />}
    </div>
  )
}
