import { useState } from 'react'
import type { BodyView } from '../../../../shared/meetings/views'
import { bodyKindLabels, meetingNumberingLabels } from '../../../../shared/meetings/vocabulary'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useBodies } from '../meetings/useBodies'
import { BodyFormDialog } from './BodyFormDialog'

type OpenDialog = { kind: 'create' } | { kind: 'edit'; body: BodyView }

/** 会议类型: the office's list of bodies, editable; archived ones stay for old meetings. */
export function BodiesCard() {
  const [bodies, reload] = useBodies()
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const nextOrder = bodies.status === 'ready' ? Math.min(999, Math.max(0, ...bodies.value.map((body) => body.sortOrder)) + 10) : 10

  return (
    <section className="card" aria-labelledby="bodies-title">
      <div className="card-header">
        <h2 id="bodies-title">会议类型</h2>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setNotice(null)
            setDialog({ kind: 'create' })
          }}
        >
          新增会议类型
        </button>
      </div>
      <p className="card-note">会议按类型分别编号。停用的类型不再用于新会议，已有会议不受影响。</p>
      {notice && <StatusMessage tone="success">{notice}</StatusMessage>}
      {bodies.status === 'loading' && <LoadingIndicator />}
      {bodies.status === 'error' && <ErrorMessage message={bodies.error.message} />}
      {bodies.status === 'ready' && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">会议类型</caption>
            <thead>
              <tr>
                <th scope="col" className="cell-number">
                  顺序
                </th>
                <th scope="col">名称</th>
                <th scope="col">类别</th>
                <th scope="col">编号方式</th>
                <th scope="col" className="cell-center">
                  检查到会人数
                </th>
                <th scope="col">状态</th>
                <th scope="col" className="cell-actions">
                  操作
                </th>
              </tr>
            </thead>
            <tbody>
              {bodies.value.map((body) => (
                <tr key={body.id} className={body.archived ? 'row-muted' : undefined}>
                  <td className="cell-number">{body.sortOrder}</td>
                  <th scope="row" className="cell-name">
                    {body.name}
                  </th>
                  <td>{bodyKindLabels[body.kind]}</td>
                  <td>{meetingNumberingLabels[body.numbering]}</td>
                  <td className="cell-center">
                    {body.quorumRequired ? (
                      <span className="check-mark" role="img" aria-label="检查到会人数">
                        ✓
                      </span>
                    ) : (
                      <span className="visually-hidden">不检查</span>
                    )}
                  </td>
                  <td>{body.archived ? <span className="badge badge-off">已停用</span> : <span className="badge badge-ok">使用中</span>}</td>
                  <td className="cell-actions">
                    <button type="button" className="button button-small button-secondary" aria-label={`编辑：${body.name}`} onClick={() => setDialog({ kind: 'edit', body })}>
                      编辑
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog && (
        <BodyFormDialog
          body={dialog.kind === 'edit' ? dialog.body : undefined}
          nextOrder={nextOrder}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null)
            setNotice(`已保存会议类型“${saved.name}”。`)
            reload()
          }}
        />
      )}
    </section>
  )
}
