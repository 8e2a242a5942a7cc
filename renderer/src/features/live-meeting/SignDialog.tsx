import { useContext, useState } from 'react'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { AutosaveContext } from './autosave'
import { useLive } from './LiveContext'

/** 签发 seals the record: says so plainly before it happens. */
export function SignDialog({ onClose }: { onClose: () => void }) {
  const { detail, onDetail } = useLive()
  const registry = useContext(AutosaveContext)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const undecided = detail.items.filter((item) => !item.outcome).length

  async function sign() {
    setBusy(true)
    setError(null)
    // Whatever was typed last is part of the record that is sealed.
    await registry?.flushAll()
    const result = await call('meetings.sign', { id: detail.id })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onDetail(result.value)
    onClose()
  }

  return (
    <Dialog title="签发会议记录" onClose={onClose} busy={busy}>
      <p>
        确定签发 <strong>{detail.label}</strong> 的会议记录吗？
      </p>
      <ul className="plain-list">
        <li>签发后记录即封存：出席、发言、表决和议定事项都不能再修改。</li>
        <li>封存时计算记录的校验值，并记下签发人和时间。</li>
        <li>以后如需改正，只能逐项“更正”：原文保留，更正注明日期、更正人和原因。</li>
        {undecided > 0 && <li className="sign-warning">还有 {undecided} 个议题没有议定结果：每个议题都须先记录结果（通过、不通过、缓议或撤回）才能签发。</li>}
      </ul>
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在签发…</StatusMessage>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          取消
        </button>
        <button type="button" className="button button-primary" onClick={() => void sign()} disabled={busy || undecided > 0}>
          确认签发
        </button>
      </div>
    </Dialog>
  )
}
