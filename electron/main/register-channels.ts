/**
 * The registration loop of main's IPC handlers, without electron so its duplicate guard
 * is unit-tested. A channel registered twice would mean two handlers racing for one name
 * (Electron itself would throw only at run time, in the window, where no test runs).
 */
export function registerChannels<Name extends string, Handler>(
  names: readonly Name[],
  handlerFor: (name: Name) => Handler,
  handle: (name: Name, handler: Handler) => void,
): void {
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) throw new Error(`IPC channel registered twice: ${name}`)
    seen.add(name)
  }
  // Checked in full first, so a duplicate leaves nothing half-registered.
  for (const name of names) handle(name, handlerFor(name))
}
