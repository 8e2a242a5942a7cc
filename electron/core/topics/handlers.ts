import type { HandlerGroup } from '../ipc/handler-types'
import { AppError } from '../../../shared/errors'

// Placeholder until this feature is built (helper in progress).
const pending = (): never => { throw new AppError('INTERNAL', 'not built yet') }

export const topicsHandlers = {
  'topics.list': pending,
  'topics.get': pending,
  'topics.save': pending,
  'topics.approve': pending,
  'topics.withdraw': pending,
  'topics.addMaterials': pending,
  'topics.removeMaterial': pending,
  'topics.exportMaterial': pending,
  'topics.consultationOptions': pending,
} satisfies HandlerGroup<'topics.list' | 'topics.get' | 'topics.save' | 'topics.approve' | 'topics.withdraw' | 'topics.addMaterials' | 'topics.removeMaterial' | 'topics.exportMaterial' | 'topics.consultationOptions'>
