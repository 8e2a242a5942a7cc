import type { ReactNode } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import { useSession } from '../session/SessionContext'
import { HiddenPersonnelItem } from './HiddenPersonnelItem'
import { PersonnelBook } from './PersonnelBook'
import { AmendableText } from './AmendableText'
import { AutosaveTextarea } from './AutosaveTextarea'
import { DecisionPanel } from './DecisionPanel'
import { patchItem } from './detailPatches'
import { ItemHeader } from './ItemHeader'
import { ItemMaterials } from './ItemMaterials'
import { ItemPresence } from './ItemPresence'
import { isPersonnel, itemQuorumOf } from './liveState'
import { useLive } from './LiveContext'
import { QuorumIndicator } from './QuorumIndicator'
import { SpeakingOrder } from './SpeakingOrder'
import { Speeches } from './Speeches'
import { VotePanel } from './VotePanel'
import { call } from '../../api/client'

/** The current agenda item, top to bottom in the order the room deals with it. */
export function ItemPanel({ item, index }: { item: AgendaItemView; index: number }) {
  const { detail } = useLive()
  const { session } = useSession()
  const quorum = (
    <QuorumIndicator
      status={itemQuorumOf(detail, item)}
      title={isPersonnel(item) ? '本议题（干部任免须三分之二以上）' : '本议题（扣除离席、回避后）'}
      enforced={detail.body.quorumRequired}
    />
  )
  // A personnel item: the book's form replaces report, speeches and vote (nothing about candidates in the record).
  if (isPersonnel(item)) {
    return (
      <section className="item-panel" aria-labelledby="item-title">
        <ItemHeader item={item} index={index} />
        {quorum}
        <ItemPresence item={item} />
        {/* Keyed on the status: 签发 seals the entry, so the book is read again. */}
        {session.personnelGrant ? <PersonnelBook key={detail.status} item={item} /> : <HiddenPersonnelItem item={item} />}
      </section>
    )
  }
  return <GeneralItem item={item} index={index} quorum={quorum} />
}

function GeneralItem({ item, index, quorum }: { item: AgendaItemView; index: number; quorum: ReactNode }) {
  const { editable, sealed, patch } = useLive()
  return (
    <section className="item-panel" aria-labelledby="item-title">
      <ItemHeader item={item} index={index} />
      {quorum}
      <ItemMaterials item={item} />
      <div className="live-section">
        {editable ? (
          <AutosaveTextarea
            id="report-notes"
            label={`汇报要点（${item.topic.presenter}汇报）`}
            initial={item.reportNotes}
            rows={3}
            save={async (text) => {
              const result = await call('live.saveReportNotes', { itemId: item.id, text })
              if (result.ok) patch(patchItem(item.id, { reportNotes: text }))
              return result
            }}
          />
        ) : sealed ? (
          <AmendableText target="agenda_item" targetId={item.id} field="reportNotes" original={item.reportNotes} />
        ) : (
          <p className="record-text">{item.reportNotes || '（未记录汇报要点）'}</p>
        )}
      </div>
      <ItemPresence item={item} />
      <SpeakingOrder item={item} />
      <Speeches item={item} />
      <VotePanel item={item} />
      <DecisionPanel item={item} />
    </section>
  )
}
