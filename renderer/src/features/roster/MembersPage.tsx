import { useState } from 'react'
import { PageHeader } from '../../components/PageHeader'
import { CompositionTab } from './CompositionTab'
import { DivisionTab } from './DivisionTab'
import { DutiesTab } from './DutiesTab'
import { PeopleTab } from './PeopleTab'
import { TabList, TabPanel } from '../../components/Tabs'
import { rosterTabs, type RosterTabId } from './rosterTabs'
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
      <TabList label="成员分类" idPrefix="roster" tabs={rosterTabs} current={current} onSelect={setCurrent} />
      <TabPanel idPrefix="roster" current={current}>
        <RosterPanel key={current} id={current} />
      </TabPanel>
    </>
  )
}
