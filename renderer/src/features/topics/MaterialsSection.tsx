import { useState } from 'react'
import type { MaterialView, TopicSummary } from '../../../../shared/meetings/views'
import { formatChineseDateTime } from '../../../../shared/format/date-time'
import { call } from '../../api/client'
import { formatBytes } from '../backup/formatBytes'
import { MaterialViewer } from '../materials/MaterialViewer'
import type { TopicActions } from './useTopic'

interface MaterialsSectionProps {
  topic: TopicSummary
  actions: TopicActions
  canWrite: boolean
}

/** 汇报材料: kept encrypted inside the vault; 查看 reads one in the app, export writes one copy where the user chooses. */
export function MaterialsSection({ topic, actions, canWrite }: MaterialsSectionProps) {
  const [viewing, setViewing] = useState<MaterialView | null>(null)
  const withMaterials = (materials: TopicSummary['materials'], current: TopicSummary) => ({ ...current, materials })
  return (
    <section className="topic-section" aria-labelledby="topic-materials-title">
      <div className="card-header">
        <h3 id="topic-materials-title">汇报材料（{topic.materials.length} 份）</h3>
        {canWrite && (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={actions.busy}
            onClick={() =>
              void actions.run(
                () => call('topics.addMaterials', { topicId: topic.id }),
                (materials, current) => withMaterials(materials, current),
                (materials) => (materials.length === topic.materials.length ? '未选择文件。' : `已加入 ${materials.length - topic.materials.length} 份材料，加密保存在数据库中。`),
              )
            }
          >
            添加材料…
          </button>
        )}
      </div>
      {topic.materials.length === 0 ? (
        <p className="muted-line">尚未收到汇报材料。</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">汇报材料</caption>
            <thead>
              <tr>
                <th scope="col">文件名</th>
                <th scope="col" className="cell-number">
                  大小
                </th>
                <th scope="col">收到时间</th>
                <th scope="col" className="cell-actions">
                  操作
                </th>
              </tr>
            </thead>
            <tbody>
              {topic.materials.map((material) => (
                <tr key={material.id}>
                  <th scope="row" className="cell-summary">
                    {material.fileName}
                    {material.textState === 'no_text' && (
                      <>
                        {' '}
                        <span className="badge badge-warn" title="扫描件，没有可检索的文字：搜索查不到其中的内容">
                          无文字层
                        </span>
                      </>
                    )}
                  </th>
                  <td className="cell-number">{formatBytes(material.size)}</td>
                  <td className="cell-time">{formatChineseDateTime(material.receivedAt)}</td>
                  <td className="cell-actions">
                    <div className="row-actions">
                      <button type="button" className="button button-small button-secondary" aria-label={`查看：${material.fileName}`} onClick={() => setViewing(material)}>
                        查看
                      </button>
                      <button
                        type="button"
                        className="button button-small button-secondary"
                        aria-label={`导出：${material.fileName}`}
                        disabled={actions.busy}
                        onClick={() =>
                          void actions.run(
                            () => call('topics.exportMaterial', { materialId: material.id }),
                            (_written, current) => current,
                            (written) => (written ? `已导出到 ${written.path}。导出的文件未加密，请妥善保管。` : '已取消导出。'),
                          )
                        }
                      >
                        导出…
                      </button>
                      {canWrite && (
                        <button
                          type="button"
                          className="button button-small button-danger-quiet"
                          aria-label={`删除：${material.fileName}`}
                          disabled={actions.busy}
                          onClick={() => void actions.run(() => call('topics.removeMaterial', { materialId: material.id }), withMaterials, `已删除材料 ${material.fileName}。`)}
                        >
                          删除
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {viewing && <MaterialViewer materialId={viewing.id} fileName={viewing.fileName} onClose={() => setViewing(null)} />}
    </section>
  )
}
