import { useState } from 'react'
import { PageHeader } from '../../components/PageHeader'
import { CompositionTab } from './CompositionTab'
import { DivisionTab } from './DivisionTab'
import { DutiesTab } from './DutiesTab'
import { PeopleTab } from './PeopleTab'
import { RosterTabList } from './RosterTabList'
import { rosterPanelId, rosterTabId, type RosterTabId } from './rosterTabs'
import { SubstitutionsTab } from './SubstitutionsTab'
import { TermsTab } from './TermsTab'
import './roster.css'

function RosterPanel({ id }: { id: RosterTabId }) {
  switch (id) {
    case 'composition':
      return <CompositionTab />
    case 'division':
      return <DivisionTab />
    case 'substitution':
      return <SubstitutionsTab />
    case 'duties':
      return <DutiesTab />
    case 'terms':
      return <TermsTab />
    case 'people':
      return <PeopleTab />
  }
}

/** 成员: the standing committee over time, its division of work, and everyone the records name. */
export function MembersPage() {
  const [current, setCurrent] = useState<RosterTabId>('composition')
  return (
    <>
      <PageHeader title="成员" description="常委会组成、分工、缺位互补与职责清单。调整从某日起生效，历史记录不改写。" />
      <RosterTabList current={current} onSelect={setCurrent} />
      <div className="tab-panel" role="tabpanel" id={rosterPanelId(current)} aria-labelledby={rosterTabId(current)}>
        <RosterPanel key={current} id={current} />
      </div>
    </>
  )
}
