import { Suspense, useEffect, useMemo, useState } from 'react'
import { PageLoading } from '../../components/PageLoading'
import { lazyNamed } from '../../lib/lazyNamed'
import { SecurityNotices } from '../session/SecurityNotices'
import type { ResumePlace } from '../session/resumePlace'
import { useSession } from '../session/SessionContext'
import type { Destination } from './destinations'
import { NavigationContext, type Navigation, type NavigationTarget } from './navigation'
import { SideNav } from './SideNav'
import { TopBar } from './TopBar'

// Each page is its own chunk, loaded when first opened (the charts of 首页, the 干部任免 book, the
// live meeting and documents are not needed to unlock).
const HomePage = lazyNamed(() => import('../home/HomePage'), 'HomePage')
const MeetingsPage = lazyNamed(() => import('../placeholders/MeetingsPage'), 'MeetingsPage')
const MembersPage = lazyNamed(() => import('../placeholders/MembersPage'), 'MembersPage')
const FollowUpPage = lazyNamed(() => import('../follow-up/FollowUpPage'), 'FollowUpPage')
const PersonnelPage = lazyNamed(() => import('../personnel/PersonnelPage'), 'PersonnelPage')
const SettingsPage = lazyNamed(() => import('../settings/SettingsPage'), 'SettingsPage')
const SelfCheckPage = lazyNamed(() => import('../self-check/SelfCheckPage'), 'SelfCheckPage')
const SearchPage = lazyNamed(() => import('../placeholders/SearchPage'), 'SearchPage')

function DestinationPage({ destination }: { destination: Destination }) {
  switch (destination) {
    case 'home':
      return <HomePage />
    case 'meetings':
      return <MeetingsPage />
    case 'personnel':
      return <PersonnelPage />
    case 'members':
      return <MembersPage />
    case 'supervision':
      return <FollowUpPage />
    case 'self-check':
      return <SelfCheckPage />
    case 'search':
      return <SearchPage />
    case 'settings':
      return <SettingsPage />
  }
}

interface Place {
  destination: Destination
  target: NavigationTarget | null
  /** Bumped on every navigation, so the page remounts even when opened again for another target. */
  visit: number
}

/**
 * The unlocked app: top bar, left navigation, and the current page (kept in state, no
 * router). Opens on `initialPlace` (where this user was at the last lock) or 首页.
 */
export function MainLayout({ initialPlace = null }: { initialPlace?: ResumePlace | null }) {
  const { rememberPlace } = useSession()
  const [place, setPlace] = useState<Place>(() => ({ destination: initialPlace?.destination ?? 'home', target: initialPlace?.target ?? null, visit: 0 }))
  // Pages inside a destination (a meeting, its live screen) remember finer places themselves.
  useEffect(() => rememberPlace({ destination: place.destination, target: place.target }), [place, rememberPlace])
  const navigation = useMemo<Navigation>(
    () => ({
      destination: place.destination,
      target: place.target,
      navigate: (destination, target) => setPlace((current) => ({ destination, target: target ?? null, visit: current.visit + 1 })),
    }),
    [place],
  )
  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app-shell">
        <TopBar />
        <div className="app-body">
          <SideNav current={place.destination} onNavigate={(destination) => navigation.navigate(destination)} />
          <main className="app-main">
            <SecurityNotices />
            <Suspense fallback={<PageLoading />}>
              <DestinationPage key={`${place.destination}:${place.visit}`} destination={place.destination} />
            </Suspense>
          </main>
        </div>
      </div>
    </NavigationContext.Provider>
  )
}
