import type { Destination } from '../layout/destinations'
import type { NavigationTarget } from '../layout/navigation'

/** Where the user was when the app locked: the page and what it showed (a meeting's item on the live screen). */
export interface ResumePlace {
  destination: Destination
  target: NavigationTarget | null
}

/**
 * Kept by App across a lock, in memory only. Unlocking as the same user returns to the
 * place; anyone else starts on 首页.
 */
export interface ResumeMemory {
  username: string
  place: ResumePlace
}
