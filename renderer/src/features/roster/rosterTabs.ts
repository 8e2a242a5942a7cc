/** The tabs of 成员, in order. */
export const rosterTabs = [
  { id: 'composition', label: '常委会组成' },
  { id: 'division', label: '分工' },
  { id: 'substitution', label: '缺位互补' },
  { id: 'duties', label: '职责清单' },
  { id: 'terms', label: '届次' },
  { id: 'people', label: '人员' },
] as const

export type RosterTabId = (typeof rosterTabs)[number]['id']
