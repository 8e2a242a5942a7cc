import type { LockReason } from '../../../../shared/ipc/contract'

/** The sentence the unlock screen shows after an automatic lock; null for a manual one. */
export function lockReasonText(reason: LockReason | null): string | null {
  switch (reason) {
    case 'idle':
      return '闲置超时自动锁定：较长时间没有操作，已自动锁定。'
    case 'screen-lock':
      return '系统锁屏，已自动锁定。'
    case 'suspend':
      return '系统休眠，已自动锁定。'
    case 'restore':
      return '已从备份恢复数据，原有数据已另存、没有删除。请用制作该备份时有效的用户名和密码解锁。'
    case 'damaged':
      return '读取数据时发现数据库文件已损坏，已自动锁定，密钥已从内存中清除。'
    case 'manual':
    case 'quit':
    case null:
      return null
  }
}
