// Handlers run one at a time (the dispatcher's queue), so no change interleaves with
// another. A handler whose slow part touches no store and no session (reading imported
// files on a worker thread) returns offQueue(work, finish) instead of its value: the
// dispatcher lets other calls run while `work` runs, then runs `finish` in turn again, once
// it has checked that the session is still the one that started the call.

const marker = Symbol('offQueue')

export interface OffQueue<T, R> {
  readonly [marker]: true
  work(): Promise<T>
  finish(value: T): R | Promise<R>
}

export function offQueue<T, R>(work: () => Promise<T>, finish: (value: T) => R | Promise<R>): OffQueue<T, R> {
  return { [marker]: true, work, finish }
}

export function isOffQueue(value: unknown): value is OffQueue<unknown, unknown> {
  return typeof value === 'object' && value !== null && marker in value
}
