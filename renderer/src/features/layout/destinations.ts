/** The places in the left navigation, in their order. */
export const destinations = [
  { id: 'home', label: '首页' },
  { id: 'meetings', label: '会议' },
  { id: 'personnel', label: '干部任免' },
  { id: 'members', label: '成员' },
  { id: 'supervision', label: '督办' },
  { id: 'self-check', label: '自查' },
  { id: 'search', label: '搜索' },
  { id: 'settings', label: '设置' },
] as const

export type Destination = (typeof destinations)[number]['id']
