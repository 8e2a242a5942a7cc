/**
 * The one error shape that crosses the IPC boundary. Every code is stable (the UI and
 * tests match on it) and has a Chinese message a secretary can act on.
 */
export const errorMessages = {
  INVALID_INPUT: '输入的内容不符合要求，请检查后重试。',
  UNKNOWN_CHANNEL: '程序内部调用了不存在的功能。',
  INTERNAL: '程序内部出错，操作未完成，数据未作修改。请重试；如反复出现，请联系管理员。',
  VAULT_ABSENT: '尚未创建数据库，请先完成首次设置。',
  VAULT_EXISTS: '数据库已经存在，不能重复创建。',
  VAULT_LOCKED: '已锁定，请先输入密码解锁。',
  VAULT_DAMAGED: '数据库文件已损坏或不完整，无法打开。请从备份恢复，原文件不会被删除。',
  VAULT_TOO_NEW: '该数据库由更新版本的议事录创建，当前版本无法打开。请升级议事录后再试。',
  VAULT_TAMPERED: '密钥文件中有未经管理员签名的改动（如被人添加了用户或改动了角色），程序拒绝使用。数据未作任何改动。请从备份恢复，并检查数据文件夹的访问权限。',
  VAULT_ROLLED_BACK: '数据库比上次锁定时记录的状态旧（可能有已保存的内容丢失，或被换成了旧文件）。请从与上次锁定时一致的最新备份恢复。',
  VAULT_NOT_ENCRYPTED: '数据库加密组件不可用，为保护数据，程序拒绝打开。请重新安装议事录。',
  AUTH_FAILED: '用户名或密码错误。',
  AUTH_THROTTLED: '密码错误次数过多，请稍后再试。',
  PASSWORD_WEAK: '密码不符合要求。',
  PASSWORD_MISMATCH: '当前密码不正确。',
  FORBIDDEN: '您没有执行此操作的权限。',
  USER_EXISTS: '该用户名已被使用。',
  USER_NOT_FOUND: '找不到该用户。',
  LAST_ADMIN: '至少需要保留一名启用的管理员。',
  LAST_PERSONNEL_HOLDER: '至少需要保留一名持有干部任免权限的启用用户，否则专用记录本将无人能够打开。',
  PERSONNEL_KEY_WOULD_BE_LOST: '该用户是唯一持有干部任免密钥的人，而您本人不持有该权限：重置其密码会使专用记录本永久无法打开。请让该用户用原密码登录，先把权限授予另一名用户。',
  PERSONNEL_KEY_UNAVAILABLE: '您本人不持有干部任免权限，无法把该权限授予他人。',
  KEY_ROTATION_FAILED: '更换数据密钥未能完成，数据库仍使用原来的密钥，数据未受影响。请重试；如反复出现，请联系管理员。',
  PASSWORD_CHANGE_REQUIRED: '请先修改初始密码，再使用其他功能。',
  PASSWORD_REUSED: '新密码不能与当前密码相同。',
  SELF_CHANGE_FORBIDDEN: '不能停用自己的账号或取消自己的管理员身份。',
  BACKUP_FAILED: '备份未能完成，未完成的部分已清除。请检查所选文件夹（如 U 盘）是否可写、空间是否足够，然后重试。',
  BACKUP_VERIFY_FAILED: '备份写入后重新打开校验未通过，这份备份已作废。请换一个文件夹或存储设备重试。',
  BACKUP_TARGET_INVALID: '不能把备份放在数据库文件夹之内，请选择其他文件夹（如 U 盘）。',
  BACKUP_NOT_FOUND: '找不到所选的备份（可能已被移走或删除），请重新选择。',
  BACKUP_INVALID: '所选文件夹中没有完整的议事录备份（缺少备份清单）。请选择备份所在的文件夹。',
  BACKUP_DAMAGED: '该备份已损坏（文件校验值不符或无法打开），不能用于恢复。当前数据未作任何改动。',
  BACKUP_TOO_NEW: '该备份由更新版本的议事录制作，当前版本无法恢复。请先升级议事录。当前数据未作任何改动。',
  RESTORE_FORBIDDEN: '只有该备份中的管理员账号才能用它恢复数据。当前数据未作任何改动。',
  RESTORE_FAILED: '恢复未能完成，当前数据保持原样。请重试；如反复出现，请联系管理员。',
  NOT_FOUND: '找不到该记录（可能已被删除），请刷新后重试。',
  DUPLICATE: '已有相同的记录，未重复保存。',
  RULE_VIOLATION: '该操作不符合议事规则，未保存。',
  STATUS_INVALID: '会议当前所处的阶段不允许这项操作，未保存。',
  QUORUM_NOT_MET: '到会人数不足法定人数，不能作出决定，未保存。',
  TOPIC_NOT_APPROVED: '该议题尚未经书记审定，不能提交会议讨论决定（不搞临时动议），未保存。',
  CONSULTATION_REQUIRED: '干部任免议题须先经书记专题会议酝酿，才能提交常委会讨论决定，未保存。',
  VOTE_INVALID: '表决记录不符合规则，未保存。',
  MEETING_SEALED: '该会议记录已签发封存，不能直接修改。如需更正，请添加更正记录并注明原因。',
  MATERIAL_INVALID: '材料文件无法读取或过大，未保存。',
  FILE_DAMAGED: '该文件的加密副本缺失或已被改动，无法读取。其他数据不受影响；请在 设置 → 备份与恢复 中从最近的备份恢复。',
  MINUTES_ISSUED: '该会议纪要已签发，不能再修改。',
  SEAL_BROKEN: '该记录与签发时不一致（签发后被改动，或签名不是签发人的）：不能据此出具文件，未导出。请管理员核查审计日志，必要时从备份恢复。',
  BOOK_ENTRY_SEALED: '专用记录本的该条记录已封存，不能修改或删除。如需更正，请另立更正记录并注明原因。',
  TASK_STATE_INVALID: '该督办事项当前的状态不允许这项操作，未保存。',
  EXPORT_FAILED: '文件未能写入所选位置，请换一个位置重试。',
  CALENDAR_FILE_INVALID: '该日历文件无法导入，工作日历未作任何修改。',
} as const

export type ErrorCode = keyof typeof errorMessages

export interface AppErrorShape {
  code: ErrorCode
  message: string
  details?: Record<string, unknown>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

/** Thrown inside core; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details?: Record<string, unknown>

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? errorMessages[code])
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  toShape(): AppErrorShape {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message }
  }
}
