import { z } from 'zod'
import { searchHitKinds, type PersonCard, type SearchResult } from '../../meetings/views'
import { channel } from '../define'
import { idField, plainText } from '../fields'

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
      /** Only these kinds (the facets chosen); all when absent. */
      kinds: z.array(z.enum(searchHitKinds)).max(searchHitKinds.length).optional(),
      year: z.number().int().min(1950).max(2100).optional(),
      bodyId: idField.optional(),
    }),
    access: 'records.read',
  }),
  /** 人员 card: posts over time, meetings attended, speeches and recusals. */
  'search.person': channel<PersonCard>()({ input: z.strictObject({ personId: idField }), access: 'records.read' }),
}
