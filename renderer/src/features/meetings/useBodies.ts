import { call } from '../../api/client'
import { useLoad } from '../../lib/useLoad'

const loadBodies = () => call('bodies.list')

/** The office's bodies (会议类型), in their order; archived ones included (filter where needed). */
export function useBodies() {
  return useLoad(loadBodies)
}
