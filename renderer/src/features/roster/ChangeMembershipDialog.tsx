import { useState, type FormEvent } from 'react'
import { addDays, chineseDate } from '../../../../shared/roster/dates'
import type { MembershipView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { TextField } from '../../components/TextField'
import { DateInput } from './DateInput'
import { DialogActions } from './DialogActions'
import { todayIso } from '../../lib/clock'
import { useAction } from '../../lib/useAction'

/** 职务/排名调整: from the effective date a new period; the current one ends the day before. */
export function ChangeMembershipDialog({ membership, onClose, onSaved }: { membership: MembershipView; onClose: () => void; onSaved: (saved: MembershipView) => void }) {
  const today = todayIso()
  const [effectiveDate, setEffectiveDate] = useState(today > membership.startDate ? today : addDays(membership.startDate, 1))
  const [post, setPost] = useState(membership.post)
  const [rank, setRank] = useState(String(membership.rank))
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    void action.run(() => call('roster.changeMembership', { membershipId: membership.id, effectiveDate, post, rank: Number(rank) }), onSaved)
  }

  return (
    <Dialog title={`职务/排名调整：${membership.name}`} onClose={onClose} busy={action.busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <p className="card-note">
          现任：{membership.post}，第 {membership.rank} 位，{chineseDate(membership.startDate)}起。调整后原任职截止于生效日期的前一天，历史记录保留。
        </p>
        <DateInput id="change-member-date" label="生效日期" value={effectiveDate} onChange={setEffectiveDate} hint={`须晚于${chineseDate(membership.startDate)}`} />
        <div className="form-grid">
          <TextField id="change-member-post" label="新职务" value={post} onChange={(event) => setPost(event.target.value)} maxLength={64} required />
          <TextField id="change-member-rank" label="新排名" type="number" min={1} max={99} value={rank} onChange={(event) => setRank(event.target.value)} required />
        </div>
        <DialogActions error={action.error} busy={action.busy} submitLabel="保存调整" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
