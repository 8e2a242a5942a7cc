import { resolve } from 'node:path'

/**
 * The sample approval forms (.lrmx): valid, dotted dates, GB2312, truncated, hostile. Copies of
 * the project's shared fixtures, kept in the repository so the tests need nothing beside it.
 */
export const lrmxFixtureDir = resolve(__dirname, '../fixtures/lrmx')
