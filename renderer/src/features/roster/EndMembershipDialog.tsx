import { useState, type FormEvent } from 'react'
import { chineseDate } from '../../../../shared/roster/dates'
import type { MembershipView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { TextField } from '../../components/TextField'
import { DateInput } from './DateInput'
import { DialogActions } from './DialogActions'
import { todayIso } from '../../lib/clock'
import { useAction } from '../../lib/useAction'

/** 离任: the last day in the committee and why (换届, 调离 …). */
export function EndMembershipDialog({ membership, onClose, onSaved }: { membership: MembershipView; onClose: () => void; onSaved: (saved: MembershipView) => void }) {
  const [endDate, setEndDate] = useState(todayIso)
  const [reason, setReason] = useState('')
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    void action.run(() => call('roster.endMembership', { membershipId: membership.id, endDate, reason }), onSaved)
  }

  return (
    <Dialog title={`离任：${membership.name}`} onClose={onClose} busy={action.busy}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="card-note">
          {membership.post}，第 {membership.rank} 位，{chineseDate(membership.startDate)}起。离任后仍保留在任职记录中。
        </p>
        <DateInput id="end-member-date" label="离任日期（任职的最后一天）" value={endDate} onChange={setEndDate} />
        <TextField id="end-member-reason" label="离任原因" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={100} required placeholder="如：换届、调离、退休" />
        <DialogActions error={action.error} busy={action.busy} submitLabel="确认离任" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
