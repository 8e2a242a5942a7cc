import { useState } from 'react'
import { classificationMark } from '../../../../shared/documents/settings'
import { copyLabel } from '../../../../shared/meeting-papers/copies'
import { copyStateLabels, settleReasonSuggestions, type CopyState, type MeetingPapersView, type SecretCopyView, type SecretMaterialView } from '../../../../shared/meeting-papers/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAction } from '../../lib/useAction'
import { OutstandingCopies } from './OutstandingCopies'

interface SecretCopiesProps {
  materials: readonly SecretMaterialView[]
  editable: boolean
  onPapers: (papers: MeetingPapersView) => void
}

/** The numbered copies of each classified material, checked back one by one or closed with a reason. */
export function SecretCopies({ materials, editable, onPapers }: SecretCopiesProps) {
  const { busy, error, run } = useAction()
  const [settling, setSettling] = useState<{ title: string; copy: SecretCopyView } | null>(null)
  const mark = (copy: SecretCopyView, state: CopyState, note: string | null = null) => run(() => call('papers.markCopy', { copyId: copy.id, state, note }), onPapers)

  return (
    <div className="secret-copies">
      <OutstandingCopies materials={materials} />
      <ErrorMessage message={error} />
      {materials.map((material) => (
        <div key={material.id} className="secret-material">
          <h3 className="subheading">
            《{material.title}》 {classificationMark(material.classification)} · 共{material.copies.length}份，已收回{material.copies.filter((c) => c.state === 'returned').length}份
          </h3>
          <table className="secret-copy-table">
            <thead>
              <tr>
                <th scope="col">份号</th>
                <th scope="col">领取人</th>
                <th scope="col">状态</th>
                {editable && <th scope="col">操作</th>}
              </tr>
            </thead>
            <tbody>
              {material.copies.map((copy) => (
                <tr key={copy.id} className={`copy-${copy.state}`}>
                  <td className="copy-number">{copy.copyNumber}</td>
                  <td>
                    {copy.recipientName}
                    {copy.recipientGroup === 'guest' && <span className="guest-post">列席</span>}
                  </td>
                  <td>{copy.state === 'settled' ? `${copyStateLabels.settled}：${copy.note ?? ''}` : copyStateLabels[copy.state]}</td>
                  {editable && (
                    <td className="copy-actions">
                      {copy.state === 'out' ? (
                        <>
                          <button type="button" className="button button-small button-secondary" disabled={busy} aria-label={`收回第${copy.copyNumber}份（${copy.recipientName}）`} onClick={() => void mark(copy, 'returned')}>
                            收回
                          </button>
                          <button type="button" className="button button-small button-link" disabled={busy} aria-label={`注明第${copy.copyNumber}份未收回的原因`} onClick={() => setSettling({ title: material.title, copy })}>
                            注明原因…
                          </button>
                        </>
                      ) : (
                        <button type="button" className="button button-small button-link" disabled={busy} aria-label={`撤销第${copy.copyNumber}份的登记`} onClick={() => void mark(copy, 'out')}>
                          撤销
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {settling && (
        <SettleDialog
          label={copyLabel(settling.title, settling.copy)}
          busy={busy}
          onClose={() => setSettling(null)}
          onConfirm={(note) => void mark(settling.copy, 'settled', note).then(() => setSettling(null))}
        />
      )}
    </div>
  )
}

function SettleDialog({ label, busy, onClose, onConfirm }: { label: string; busy: boolean; onClose: () => void; onConfirm: (note: string) => void }) {
  const [note, setNote] = useState<string>(settleReasonSuggestions[0])
  return (
    <Dialog title="未收回的原因" onClose={onClose} busy={busy}>
      <p>{label}未收回。请注明原因，该份即不再列为未收回。</p>
      <div className="field">
        <label htmlFor="settle-note">原因</label>
        <input id="settle-note" list="settle-reasons" value={note} onChange={(event) => setNote(event.target.value)} maxLength={100} />
        <datalist id="settle-reasons">
          {settleReasonSuggestions.map((reason) => (
            <option key={reason} value={reason} />
          ))}
        </datalist>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
          取消
        </button>
        <button type="button" className="button button-primary" onClick={() => onConfirm(note)} disabled={busy || note.trim() === ''}>
          保存原因
        </button>
      </div>
    </Dialog>
  )
}
