import { channel } from '../define'
import { noInput } from '../fields'

export interface PersonnelStatus {
  /** True when this session holds the personnel store's key and has it open. */
  open: boolean
}

export const personnelChannels = {
  'personnel.status': channel<PersonnelStatus>()({ input: noInput, access: 'session' }),
}
