import { useCallback, useState } from 'react'
import type { MatterView } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useLoad } from '../../lib/useLoad'
import { ApprovalFormView } from './ApprovalFormView'
import { CadreFormDialog } from './CadreFormDialog'
import { MatterCard } from './MatterCard'
import { MatterFormDialog } from './MatterFormDialog'
import { TimelineList } from './TimelineList'

/** One profile: the whole approval form, the matters with their stages, and the timeline. */
export function CadreDetailPanel({ cadreId, onChanged }: { cadreId: string; onChanged: () => void }) {
  const load = useCallback(() => call('personnel.getCadre', { id: cadreId }), [cadreId])
  const [detail, reload] = useLoad(load)
  const [editingProfile, setEditingProfile] = useState(false)
  const [editingMatter, setEditingMatter] = useState<MatterView | 'new' | null>(null)
  const [outcome, setOutcome] = useState<string | null>(null)

  if (detail.status === 'loading') return <LoadingIndicator />
  if (detail.status === 'error') return <ErrorMessage message={detail.error.message} />
  const cadre = detail.value

  function changed(message: string) {
    setOutcome(message)
    reload()
    onChanged()
  }

  return (
    <div className="stack cadre-detail">
      <div className="cadre-detail-header">
        <h2>{cadre.name}</h2>
        <div className="row-actions">
          <button type="button" className="button button-secondary" onClick={() => setEditingProfile(true)}>
            修改档案…
          </button>
          <button type="button" className="button button-primary" onClick={() => setEditingMatter('new')}>
            新建任免事项…
          </button>
        </div>
      </div>
      {outcome && <StatusMessage tone="success">{outcome}</StatusMessage>}
      <ApprovalFormView cadre={cadre} />
      <section aria-labelledby="cadre-matters-title" className="stack">
        <h3 id="cadre-matters-title" className="section-title">
          任免事项（{cadre.matters.length}）
        </h3>
        {cadre.matters.length === 0 && <p className="card-note">尚无任免事项。点“新建任免事项…”填写任免类型、拟任职务和各环节日期。</p>}
        {cadre.matters.map((matter) => (
          <MatterCard key={matter.id} matter={matter} onEdit={() => setEditingMatter(matter)} />
        ))}
      </section>
      {cadre.timeline.length > 0 && (
        <section aria-labelledby="cadre-timeline-title">
          <h3 id="cadre-timeline-title" className="section-title">
            任免经历
          </h3>
          <TimelineList events={cadre.timeline} />
        </section>
      )}
      {editingProfile && (
        <CadreFormDialog
          cadre={cadre}
          onClose={() => setEditingProfile(false)}
          onSaved={() => {
            setEditingProfile(false)
            changed('档案已保存。')
          }}
        />
      )}
      {editingMatter && (
        <MatterFormDialog
          cadreId={cadre.id}
          cadreName={cadre.name}
          matter={editingMatter === 'new' ? null : editingMatter}
          onClose={() => setEditingMatter(null)}
          onSaved={(saved) => {
            setEditingMatter(null)
            changed(`已保存${saved.actionLabel}事项，当前状态：${saved.statusLabel}。`)
          }}
        />
      )}
    </div>
  )
}
