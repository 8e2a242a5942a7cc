/** Chinese names of the audit log's action codes; an unknown code is shown as it is. */
export const auditActionLabels: Record<string, string> = {
  'vault.create': '创建数据库',
  'vault.rotateKeys': '更换数据密钥',
  'auth.unlock': '解锁',
  'auth.lock': '锁定',
  'auth.changePassword': '修改密码',
  'users.create': '新建用户',
  'users.update': '修改用户',
  'users.disable': '停用用户',
  'users.resetPassword': '重置密码',
  'users.enable': '重新启用',
  'settings.update': '修改设置',
  'backup.create': '备份',
  'backup.auto': '自动备份',
  'backup.autoFailed': '自动备份失败',
  'backup.settings': '修改备份设置',
  'backup.restore': '从备份恢复',
  'audit.export': '导出审计日志',
}

export function auditActionLabel(action: string): string {
  return Object.prototype.hasOwnProperty.call(auditActionLabels, action) ? (auditActionLabels[action] ?? action) : action
}
