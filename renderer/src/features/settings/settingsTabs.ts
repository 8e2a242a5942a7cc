import type { Permission } from '../../../../shared/auth/roles'

/** The sections of 设置, each shown only to holders of its permission (null: everyone). */
export const settingsTabs = [
  { id: 'account', label: '本人账号', permission: null },
  { id: 'office', label: '单位与安全', permission: 'settings.manage' },
  { id: 'meetingRules', label: '议事规则', permission: 'settings.manage' },
  { id: 'calendar', label: '工作日历', permission: 'settings.manage' },
  { id: 'documents', label: '公文', permission: 'settings.manage' },
  { id: 'users', label: '用户管理', permission: 'users.manage' },
  { id: 'audit', label: '审计日志', permission: 'audit.read' },
  { id: 'backup', label: '备份与恢复', permission: 'backup.manage' },
] as const satisfies readonly { id: string; label: string; permission: Permission | null }[]

export type SettingsTabId = (typeof settingsTabs)[number]['id']

export function visibleSettingsTabs(permissions: readonly Permission[]) {
  return settingsTabs.filter((tab) => tab.permission === null || permissions.includes(tab.permission))
}
