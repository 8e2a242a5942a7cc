import { useState } from 'react'
import { MeetingsPage } from '../placeholders/MeetingsPage'
import { MembersPage } from '../placeholders/MembersPage'
import { SupervisionPage } from '../placeholders/SupervisionPage'
import { PersonnelPage } from '../personnel/PersonnelPage'
import { SettingsPage } from '../settings/SettingsPage'
import type { Destination } from './destinations'
import { SideNav } from './SideNav'
import { TopBar } from './TopBar'

function DestinationPage({ destination }: { destination: Destination }) {
  switch (destination) {
    case 'meetings':
      return <MeetingsPage />
    case 'personnel':
      return <PersonnelPage />
    case 'members':
      return <MembersPage />
    case 'supervision':
      return <SupervisionPage />
    case 'settings':
      return <SettingsPage />
  }
}

/** The unlocked app: top bar, left navigation, and the current page (kept in state, no router). */
export function MainLayout() {
  const [destination, setDestination] = useState<Destination>('meetings')
  return (
    <div className="app-shell">
      <TopBar />
      <div className="app-body">
        <SideNav current={destination} onNavigate={setDestination} />
        <main className="app-main">
          <DestinationPage key={destination} destination={destination} />
        </main>
      </div>
    </div>
  )
}
