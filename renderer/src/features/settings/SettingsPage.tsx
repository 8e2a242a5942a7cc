import { useState } from 'react'
import { PageHeader } from '../../components/PageHeader'
import { AccountSection } from '../account/AccountSection'
import { AuditSection } from '../audit/AuditSection'
import { BackupSection } from '../backup/BackupSection'
import { CalendarSection } from '../calendar-settings/CalendarSection'
import { MeetingRulesSection } from '../meeting-rules/MeetingRulesSection'
import { useSession } from '../session/SessionContext'
import { UsersSection } from '../users/UsersSection'
import { OfficeSettingsSection } from './OfficeSettingsSection'
import { panelId, SettingsTabList, tabId } from './SettingsTabList'
import { visibleSettingsTabs, type SettingsTabId } from './settingsTabs'

function SettingsPanel({ id }: { id: SettingsTabId }) {
  switch (id) {
    case 'account':
      return <AccountSection />
    case 'office':
      return <OfficeSettingsSection />
    case 'meetingRules':
      return <MeetingRulesSection />
    case 'calendar':
      return <CalendarSection />
    case 'users':
      return <UsersSection />
    case 'audit':
      return <AuditSection />
    case 'backup':
      return <BackupSection />
  }
}

/** 设置: one tab per section the user may see. */
export function SettingsPage() {
  const { session } = useSession()
  const tabs = visibleSettingsTabs(session.permissions)
  const [chosen, setChosen] = useState<SettingsTabId>('account')
  // A tab can disappear (permissions change); fall back to the first one.
  const current = tabs.some((tab) => tab.id === chosen) ? chosen : 'account'

  return (
    <>
      <PageHeader title="设置" />
      <SettingsTabList tabs={tabs} current={current} onSelect={setChosen} />
      <div className="tab-panel" role="tabpanel" id={panelId(current)} aria-labelledby={tabId(current)}>
        <SettingsPanel key={current} id={current} />
      </div>
    </>
  )
}
