import { useState } from 'react'
import type { MinutesState } from '../../../../shared/documents/minutes/views'
import type { Result } from '../../../../shared/errors'
import { call } from '../../api/client'
import { ConfirmStepDialog } from './ConfirmStepDialog'
import { IssueDialog } from './IssueDialog'
import { ReturnDialog } from './ReturnDialog'
import type { MinutesActions } from './useMinutes'

type Open = 'review' | 'issue' | 'redraft' | 'return' | null

interface MinutesActionBarProps {
  state: MinutesState
  actions: MinutesActions
  canWrite: boolean
  /** Saves what is typed in the editor; false when the save was refused. */
  saveFirst: () => Promise<boolean>
}

/** The steps open to this 纪要 now: 重新起草, 审核通过, 退回修改, 签发, and 导出… at any stage. */
export function MinutesActionBar({ state, actions, canWrite, saveFirst }: MinutesActionBarProps) {
  const minutes = state.minutes!
  const [open, setOpen] = useState<Open>(null)
  const [exporting, setExporting] = useState(false)
  const meetingId = state.meetingId
  const close = () => {
    actions.setError(null)
    setOpen(null)
  }
  const step = async (run: () => Promise<Result<MinutesState>>, done: string) => {
    if (await actions.run(run, done)) setOpen(null)
  }
  const openAfterSave = async (which: Open) => {
    if (await saveFirst()) setOpen(which)
  }
  async function exportDocx() {
    setExporting(true)
    actions.setError(null)
    actions.setNotice(null)
    await saveFirst()
    const result = await call('minutes.export', { meetingId })
    setExporting(false)
    if (!result.ok) actions.setError(result.error.message)
    else if (result.value && 'path' in result.value) actions.setNotice(`已导出到 ${result.value.path}`)
  }

  return (
    <div className="page-actions minutes-actions">
      {canWrite && minutes.status === 'draft' && (
        <>
          <button type="button" className="button button-secondary" onClick={() => setOpen('redraft')}>
            按会议记录重新起草
          </button>
          <button type="button" className="button button-primary" onClick={() => void openAfterSave('review')}>
            审核通过
          </button>
        </>
      )}
      {canWrite && minutes.status === 'reviewed' && (
        <>
          <button type="button" className="button button-secondary" onClick={() => setOpen('return')}>
            退回修改
          </button>
          <button type="button" className="button button-primary" onClick={() => setOpen('issue')}>
            签发
          </button>
        </>
      )}
      <button type="button" className="button button-secondary" onClick={() => void exportDocx()} disabled={exporting}>
        {exporting ? '正在导出…' : '导出…'}
      </button>

      {open === 'review' && (
        <ConfirmStepDialog title="审核通过" confirmLabel="审核通过" busy={actions.busy} error={actions.error} onClose={close} onConfirm={() => void step(() => call('minutes.review', { meetingId }), '纪要已审核通过，可以签发。')}>
          <p>
            确认 <strong>{state.meetingLabel}纪要（第{minutes.issueNumber}期）</strong> 审核通过吗？审核后纪要不能直接修改，如需修改须先退回。
          </p>
        </ConfirmStepDialog>
      )}
      {open === 'redraft' && (
        <ConfirmStepDialog title="按会议记录重新起草" confirmLabel="重新起草" busy={actions.busy} error={actions.error} onClose={close} onConfirm={() => void step(() => call('minutes.redraft', { meetingId }), '已按会议记录重新起草。')}>
          <p>重新起草会用会议记录生成的文字替换开头、各议题正文和出席、请假、列席，已作的文字修改将丢失；密级、份号和分送保持不变。</p>
        </ConfirmStepDialog>
      )}
      {open === 'return' && <ReturnDialog busy={actions.busy} error={actions.error} onClose={close} onReturn={(reason) => void step(() => call('minutes.returnToDraft', { meetingId, reason }), '纪要已退回修改。')} />}
      {open === 'issue' && (
        <IssueDialog state={state} busy={actions.busy} error={actions.error} onClose={close} onIssue={(signing) => void step(() => call('minutes.issue', { meetingId, ...signing }), '纪要已签发。')} />
      )}
    </div>
  )
}
