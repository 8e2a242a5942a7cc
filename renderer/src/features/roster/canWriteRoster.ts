/** Whether the signed-in user may change the roster (records.write). */
export const canWriteRoster = (permissions: readonly string[]) => permissions.includes('records.write')
