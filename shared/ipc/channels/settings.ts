import { channel } from '../define'
import { noInput } from '../fields'
import { settingsSchema, type Settings } from '../../settings/settings'

export const settingsChannels = {
  'settings.get': channel<Settings>()({ input: noInput, access: 'session' }),
  'settings.update': channel<Settings>()({ input: settingsSchema, access: 'settings.manage' }),
}
