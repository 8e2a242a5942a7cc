/** The tabs of 干部任免, in order. */
export const personnelTabs = [
  { id: 'register', label: '台账' },
  { id: 'cadres', label: '干部档案' },
  { id: 'book', label: '专用记录本' },
  { id: 'reminders', label: '提醒' },
  { id: 'counts', label: '统计' },
] as const

export type PersonnelTabId = (typeof personnelTabs)[number]['id']
