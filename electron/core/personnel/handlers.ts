import type { HandlerGroup } from '../ipc/handler-types'

export const personnelHandlers = {
  'personnel.status': (_input, session) => ({ open: session.vault.personnel !== null }),
} satisfies HandlerGroup<'personnel.status'>
