import type { AppEventName, AppEvents, LockReason } from '../../shared/ipc/contract'
import type { MigrationsLocation } from './db/migrate'
import type { WorkerEntry } from './personnel/lrmx/read-files'
import type { KdfCost } from './vault/user-keys'
import { UnlockThrottle } from './auth/throttle'
import { appendLockEntry, keepHeadInKeyFile } from './audit/audit-checkpoints'
import { SignedHeadKeeper } from './audit/signed-head-file'
import type { Session } from './session'
import { storeDamageIn } from './vault/store-damage'
import { noShellServices, type ShellServices } from './shell/shell-services'

export interface CoreOptions {
  /** The folder holding the vault (YISHI_DATA_DIR, or the user-data folder). */
  dataDir: string
  migrations: MigrationsLocation
  now?: () => Date
  /** Lower KDF cost for tests only; the default is tuned for about 0.35 s. */
  kdfCost?: KdfCost
  /** Events for the window: the session ended, a backup's progress. The shell forwards them. */
  onAppEvent?: <E extends AppEventName>(event: E, payload: AppEvents[E]) => void
  /** The OS file dialogs (Electron's in main, prepared answers in tests). */
  shell?: ShellServices
  /** The script of the worker thread that reads imported approval forms; without it they are read in turn on the calling thread. */
  lrmxReadWorker?: WorkerEntry
  /** The script of the worker thread that reads materials' text for search; without it, the calling thread. */
  materialTextWorker?: WorkerEntry
}

const lockReasonLabels: Record<LockReason, string> = {
  manual: '手动锁定',
  idle: '闲置超时',
  'screen-lock': '系统锁屏',
  suspend: '系统休眠',
  quit: '退出程序',
  restore: '从备份恢复',
  damaged: '数据库文件损坏',
}

/**
 * What runs while a lock still has the stores open: the automatic backup, which createCore
 * gives (a hook rather than an import, so backup/ can depend on the context and not both ways).
 */
export type BeforeLock = (core: CoreContext, session: Session, reason: LockReason) => void

/** The state every handler sees: options, the clock, and the current session if unlocked. */
export class CoreContext {
  session: Session | null = null
  readonly throttle: UnlockThrottle
  readonly now: () => Date
  readonly shell: ShellServices
  /** The chain head signed after writes, between locks (rollback detection). */
  readonly signedHeads: SignedHeadKeeper

  constructor(
    readonly options: CoreOptions,
    private readonly beforeLock: BeforeLock = () => undefined,
  ) {
    this.now = options.now ?? (() => new Date())
    this.shell = options.shell ?? noShellServices
    this.throttle = new UnlockThrottle(this.now)
    this.signedHeads = new SignedHeadKeeper(() => this.session, this.now)
  }

  /** Backs up (automatic backups), closes the stores and wipes the keys. Safe to call when already locked. */
  lock(reason: LockReason): void {
    this.lockFor(reason)
  }

  /**
   * lock(), returning the reason it took effect with — `damaged` also when the backup or the
   * audit entry found a store damaged — or null when nothing was unlocked. A damaged store is
   * neither backed up nor written to: it is closed and the keys wiped.
   */
  lockFor(reason: LockReason): LockReason | null {
    const session = this.session
    if (!session) return null
    this.session = null
    // The lock's head goes into the key file; a head file signed after it would say no more.
    this.signedHeads.cancel()
    let effective = reason
    try {
      if (reason !== 'damaged') {
        // While the stores are still open; it throws only for a damaged store.
        this.beforeLock(this, session, reason)
        const now = this.now()
        const head = appendLockEntry(session.db, session.vault, session.actor, `锁定（${lockReasonLabels[reason]}）`, now)
        if (head) keepHeadInKeyFile(session.vault, session.user.id, head, now)
      }
    } catch (error) {
      if (!storeDamageIn(error)) throw error
      effective = 'damaged'
    } finally {
      session.close()
    }
    this.options.onAppEvent?.('session.locked', { reason: effective })
    return effective
  }
}
