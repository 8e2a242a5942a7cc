import { can } from '../../../shared/auth/roles'
import { boundedError, clipText } from '../../../shared/error-bounds'
import { AppError, errorMessages, type AppErrorShape, type Result } from '../../../shared/errors'
import { contract, isChannel, type Channel } from '../../../shared/ipc/contract'
import type { Access } from '../../../shared/ipc/define'
import type { CoreContext } from '../context'
import { isOffQueue, type OffQueue } from '../off-queue'
import type { Session } from '../session'
import { storeDamageIn } from '../vault/store-damage'
import type { HandlerTable } from '../handler-types'

// Channels a user may still call while the initial password is not yet changed.
const allowedBeforePasswordChange = new Set<Channel>(['vault.status', 'auth.unlock', 'auth.lock', 'auth.session', 'auth.changePassword'])

function authorize(channel: Channel, access: Access, session: Session | null): void {
  if (access === 'public') return
  if (!session) throw new AppError('VAULT_LOCKED')
  if (session.user.mustChangePassword && !allowedBeforePasswordChange.has(channel)) throw new AppError('PASSWORD_CHANGE_REQUIRED')
  if (access === 'session') return
  const holder = { roles: session.roles, personnelGrant: session.vault.personnelKey !== null }
  if (!can(holder, access)) throw new AppError('FORBIDDEN')
}

/** Where zod's issues become the answer: each issue's text is clipped, so a huge field or key is never echoed. */
function invalidInput(issues: { path: PropertyKey[]; message: string }[]): AppErrorShape {
  const first = issues[0]
  return {
    code: 'INVALID_INPUT',
    message: first ? `输入的内容不符合要求：${clipText(first.message, 160)}` : errorMessages.INVALID_INPUT,
    details: { issues: issues.slice(0, 20).map((issue) => ({ path: clipText(issue.path.map((key) => clipText(String(key), 40)).join('.'), 120), message: clipText(issue.message, 160) })) },
  }
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>

/** Runs work from outside the IPC (an OS screen lock, say) in turn with the handlers. */
export type Exclusive = <T>(task: () => T | Promise<T>) => Promise<T>

/**
 * The one entry point from outside: checks the channel, validates the input against the
 * contract, authorizes, runs the handler, and turns every failure into the error shape.
 * Handlers run one at a time, so a slow unlock cannot interleave with another change;
 * only the part of a handler returned as offQueue (off-queue.ts) runs beside the others.
 */
export function createDispatcher(core: CoreContext, handlers: HandlerTable, log: (error: unknown) => void = console.error): { dispatch: Dispatch; exclusive: Exclusive } {
  let queue: Promise<unknown> = Promise.resolve()
  const exclusive: Exclusive = (task) => {
    const result = queue.then(task)
    queue = result.catch(() => undefined)
    return result
  }

  /** The input checked against the channel's schema; an input that cannot even be read (a getter that throws) is invalid too. */
  function validate(channel: Channel, input: unknown): { ok: true; data: unknown } | { ok: false; error: AppErrorShape } {
    try {
      const parsed = contract[channel].input.safeParse(input)
      return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: invalidInput(parsed.error.issues) }
    } catch (error) {
      log(error)
      return { ok: false, error: { code: 'INVALID_INPUT', message: errorMessages.INVALID_INPUT } }
    }
  }

  interface Later {
    later: OffQueue<unknown, unknown>
    channel: Channel
    session: Session | null
  }

  async function run(channel: unknown, input: unknown): Promise<Result<unknown> | Later> {
    if (!isChannel(channel)) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: errorMessages.UNKNOWN_CHANNEL } }
    const spec = contract[channel]
    const parsed = validate(channel, input)
    if (!parsed.ok) return parsed
    try {
      authorize(channel, spec.access, core.session)
      const handler = handlers[channel] as (input: unknown, session: Session | null, core: CoreContext) => unknown
      const value = await handler(parsed.data, core.session, core)
      if (isOffQueue(value)) return { later: value, channel, session: core.session }
      return { ok: true, value }
    } catch (error) {
      return { ok: false, error: failure(error) }
    } finally {
      noteSignedHead()
    }
  }

  /** After a call that may have moved the audit chain (never fails the call). */
  function noteSignedHead(): void {
    try {
      core.signedHeads.noteCall()
    } catch (error) {
      if (storeDamageIn(error)) failure(error)
      else log(error)
    }
  }

  /**
   * A damaged store, however it surfaced (a read, a write, a backup), is VAULT_DAMAGED and
   * ends the session at once: stores closed, keys wiped, nothing more written to it; the
   * window shows the damage and the restore (session.locked, reason damaged).
   */
  function failure(error: unknown): AppErrorShape {
    const damage = storeDamageIn(error)
    if (damage) {
      log(error)
      try {
        core.lock('damaged')
      } catch (closing) {
        log(closing)
      }
      return damage.toShape()
    }
    if (error instanceof AppError) return error.toShape()
    log(error)
    return { code: 'INTERNAL', message: errorMessages.INTERNAL }
  }

  /** The off-queue work, then its finish in turn, for the session that started it only. */
  async function runLater({ later, channel, session }: Later): Promise<Result<unknown>> {
    let value: unknown
    try {
      value = await later.work()
    } catch (error) {
      return { ok: false, error: failure(error) }
    }
    return exclusive(async () => {
      try {
        if (core.session !== session) throw new AppError('VAULT_LOCKED')
        authorize(channel, contract[channel].access, core.session)
        return { ok: true as const, value: await later.finish(value) }
      } catch (error) {
        return { ok: false, error: failure(error) }
      } finally {
        noteSignedHead()
      }
    })
  }

  // The last net: whatever escapes (an error while mapping an error) still answers with the one error shape.
  const internal = (): Result<unknown> => ({ ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } })
  const dispatch: Dispatch = async (channel, input) => {
    const first = await exclusive(() => run(channel, input).catch(internal))
    const result = 'later' in first ? await runLater(first).catch(internal) : first
    // Every answer's error is bounded (shared/error-bounds.ts), whichever code produced it.
    return result.ok ? result : { ok: false, error: boundedError(result.error) }
  }
  return { dispatch, exclusive }
}
