import { useState } from 'react'
import { PageHeader } from '../../components/PageHeader'
import { AccountSection } from '../account/AccountSection'
import { AuditSection } from '../audit/AuditSection'
import { BackupSection } from '../backup/BackupSection'
import { CalendarSection } from '../calendar-settings/CalendarSection'
import { DocumentSettingsSection } from '../document-settings/DocumentSettingsSection'
import { MeetingRulesSection } from '../meeting-rules/MeetingRulesSection'
import { useNavigation } from '../layout/navigation'
import { useSession } from '../session/SessionContext'
import { UsersSection } from '../users/UsersSection'
import { OfficeSettingsSection } from './OfficeSettingsSection'
import { TabList, TabPanel } from '../../components/Tabs'
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
    case 'documents':
      return <DocumentSettingsSection />
    case 'users':
      return <UsersSection />
    case 'audit':
      return <AuditSection />
    case 'backup':
      return <BackupSection />
  }
}

/** 设置: one tab per section the user may see; opened on a given one from a link elsewhere. */
export function SettingsPage() {
  const { session } = useSession()
  const tabs = visibleSettingsTabs(session.permissions)
  const { target } = useNavigation()
  const [chosen, setChosen] = useState<SettingsTabId>(target?.settingsTab ?? 'account')
  // A tab can disappear (permissions change); fall back to the first one.
  const current = tabs.some((tab) => tab.id === chosen) ? chosen : 'account'

  return (
    <>
      <PageHeader title="设置" />
      <TabList label="设置分类" idPrefix="settings" tabs={tabs} current={current} onSelect={setChosen} />
      <TabPanel idPrefix="settings" current={current}>
        <SettingsPanel key={current} id={current} />
      </TabPanel>
    </>
  )
}
