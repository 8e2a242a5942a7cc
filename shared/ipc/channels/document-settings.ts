import { documentSettingsSchema, type DocumentSettings } from '../../documents/settings'
import { channel } from '../define'
import { noInput } from '../fields'

// 设置 → 公文: every user reads them (the documents they generate use them), administrators change them.
export const documentSettingsChannels = {
  'documents.settings': channel<DocumentSettings>()({ input: noInput, access: 'session' }),
  'documents.updateSettings': channel<DocumentSettings>()({ input: documentSettingsSchema, access: 'settings.manage' }),
}
