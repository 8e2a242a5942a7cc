import { useCallback, useState } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import type { BookEntryView, MatterView } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { AddCandidate } from './AddCandidate'
import { BallotTallyPanel } from './BallotTallyPanel'
import { CandidateCard } from './CandidateCard'
import { DecisionPanel } from './DecisionPanel'
import { useLive } from './LiveContext'

export interface ItemBook {
  entry: BookEntryView | null
  /** The topic's candidates (and, at a 书记专题会议, those it consults). */
  matters: MatterView[]
  /** Consulted at the linked 书记专题会议 and not yet on this topic: offered to add. */
  consulted: MatterView[]
}

async function loadBook(itemId: string, topicId: string, consultationItemId: string | null) {
  const [forItem, all] = await Promise.all([call('personnel.entryForItem', { agendaItemId: itemId }), call('personnel.listMatters', {})])
  if (!forItem.ok) return forItem
  if (!all.ok) return all
  const own = (matter: MatterView) => matter.topicId === topicId || matter.consultationItemId === itemId
  const inEntry = new Set(forItem.value.entry?.candidates.map((candidate) => candidate.matterId) ?? [])
  const value: ItemBook = {
    entry: forItem.value.entry,
    matters: all.value.filter((matter) => own(matter) || inEntry.has(matter.id)),
    consulted: consultationItemId ? all.value.filter((matter) => matter.consultationItemId === consultationItemId && !own(matter)) : [],
  }
  return { ok: true as const, value }
}

/**
 * A personnel item for a holder of the 干部任免 grant: the book's entry form in place of the
 * speeches (views on candidates go only into the encrypted book), then the item's outcome.
 */
export function PersonnelBook({ item }: { item: AgendaItemView }) {
  const { editable } = useLive()
  const consultationItemId = item.topic.consultation?.itemId ?? null
  const load = useCallback(() => loadBook(item.id, item.topic.id, consultationItemId), [item.id, item.topic.id, consultationItemId])
  const [loaded, reload] = useLoad(load)
  const [entry, setEntry] = useState<BookEntryView | null | undefined>(undefined)

  if (loaded.status === 'loading') return <LoadingIndicator text="正在打开干部任免专用记录本…" />
  if (loaded.status === 'error') return <ErrorMessage message={loaded.error.message} />
  const book = { ...loaded.value, entry: entry === undefined ? loaded.value.entry : entry }
  const recordedIds = new Set(book.entry?.candidates.map((candidate) => candidate.matterId) ?? [])
  const firstOpen = book.matters.find((matter) => !recordedIds.has(matter.id))?.id ?? null
  const saved = (next: BookEntryView | null) => {
    setEntry(next)
    reload()
  }

  return (
    <>
      <section className="live-section personnel-book" aria-labelledby="book-title">
        <div className="live-section-head">
          <h3 id="book-title" className="live-section-title">
            干部任免专用记录本
          </h3>
          <span className="live-muted">
            {book.entry ? `${book.entry.label}${book.entry.sealed ? '（已封存）' : '（签发时封存）'}` : '本议题的条目在登记第一名人选时生成'}
          </span>
        </div>
        <p className="live-muted">逐一表决：每名人选分别登记回避、每名成员的意见和表决结果。对人选的意见只记入专用记录本，不写入会议记录。</p>
        {book.matters.length === 0 && <p className="message message-warning">本议题还没有人选。请在下面添加。</p>}
        <ol className="candidate-list">
          {book.matters.map((matter, index) => (
            <CandidateCard
              // A tally records every candidate at once: the cards start again from the book.
              key={`${matter.id}-${book.entry?.ballotTally?.recordedAt ?? ''}`}
              item={item}
              matter={matter}
              index={index}
              entry={book.entry}
              initiallyOpen={matter.id === firstOpen}
              onSaved={saved}
            />
          ))}
        </ol>
        {editable && !book.entry?.sealed && <AddCandidate item={item} consulted={book.consulted} onAdded={reload} />}
      </section>
      {book.matters.length > 0 && <BallotTallyPanel key={book.entry?.ballotTally?.recordedAt ?? 'new'} item={item} matters={book.matters} entry={book.entry} onSaved={saved} />}
      <DecisionPanel item={item} book={book.entry} undecided={book.matters.filter((matter) => !recordedIds.has(matter.id)).length} />
    </>
  )
}
