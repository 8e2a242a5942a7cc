import { channel } from '../define'
import { noInput } from '../fields'

export const rotatableStores = ['main', 'personnel'] as const
export type RotatableStore = (typeof rotatableStores)[number]

/** How the stores are named to the user (audit summaries, dialogs). */
export const rotatableStoreLabels: Record<RotatableStore, string> = { main: '主数据库', personnel: '干部任免专用记录本' }

export interface KeyRotation {
  /** The stores now encrypted with a new data key. */
  rotated: RotatableStore[]
  /** The personnel store was left alone: the caller does not hold the 干部任免 grant. */
  personnelSkipped: boolean
}

export const keysChannels = {
  /**
   * Re-encrypts the stores with new random data keys and seals them to every entitled
   * user (no password needed). The personnel store only for a holder of its key.
   */
  'vault.rotateKeys': channel<KeyRotation>()({ input: noInput, access: 'settings.manage' }),
}
