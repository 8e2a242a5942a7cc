import { z } from 'zod'
import type { SearchHit } from '../../meetings/views'
import { channel } from '../define'
import { plainText } from '../fields'

export const searchChannels = {
  /** Across meetings, topics, speeches, decisions and amendments; two-character names work. */
  'search.query': channel<SearchHit[]>()({
    input: z.strictObject({ query: plainText(50, '搜索内容'), limit: z.number().int().min(1).max(200).default(50) }),
    access: 'records.read',
  }),
}
