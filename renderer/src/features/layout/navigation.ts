import { createContext, useContext } from 'react'
import type { SettingsTabId } from '../settings/settingsTabs'
import type { Destination } from './destinations'

/** Where inside a destination to open: a meeting (and one of its items), a topic, or a search. */
export interface NavigationTarget {
  meetingId?: string
  itemId?: string
  topicId?: string
  /** A follow-up task (督办), opened from the home page. */
  taskId?: string
  /** A cadre's profile in the 干部任免 book (a self-check finding about a matter). */
  cadreId?: string
  query?: string
  /** 搜索: open this person's card. */
  personId?: string
  /** Open the meeting's live screen (会议记录) rather than its detail page. */
  live?: boolean
  /** A section of 设置, e.g. 工作日历 from a 「尚未录入」 note. */
  settingsTab?: SettingsTabId
}

export interface Navigation {
  destination: Destination
  /** What the current page was opened for (read once when it mounts). */
  target: NavigationTarget | null
  navigate(destination: Destination, target?: NavigationTarget): void
}

export const NavigationContext = createContext<Navigation | null>(null)

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation outside MainLayout')
  return navigation
}
