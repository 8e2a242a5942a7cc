import { z } from 'zod'
import type { SearchResult } from '../../meetings/views'
import { channel } from '../define'
import { plainText } from '../fields'

export const searchChannels = {
  /**
   * Across meetings, topics, speeches, decisions and amendments; two-character names work.
   * A page of `limit` hits from `offset` on, and whether there are more after it.
   */
  'search.query': channel<SearchResult>()({
    input: z.strictObject({
      query: plainText(50, '搜索内容'),
      limit: z.number().int().min(1).max(200).default(50),
      offset: z.number().int().min(0).max(100_000).default(0),
    }),
    access: 'records.read',
  }),
}
