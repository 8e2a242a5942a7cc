import { useCallback, useState } from 'react'
import type { Result } from '../../../../shared/errors'
import type { TopicSummary } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { useLoad, type LoadState } from '../../lib/useLoad'

export interface TopicActions {
  /** Runs a change; on success `apply` turns its answer into the new topic. True when accepted. */
  run: <T>(change: () => Promise<Result<T>>, apply: (value: T, topic: TopicSummary) => TopicSummary, done: string | ((value: T) => string)) => Promise<boolean>
  busy: boolean
  error: string | null
  notice: string | null
}

/** One topic and the changes made to it, each shown as soon as core answers. */
export function useTopic(id: string, onChanged: () => void): [LoadState<TopicSummary>, TopicActions] {
  const load = useCallback(() => call('topics.get', { id }), [id])
  const [state, , replace] = useLoad(load)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const run = useCallback<TopicActions['run']>(
    async (change, apply, done) => {
      setBusy(true)
      setError(null)
      setNotice(null)
      const result = await change()
      setBusy(false)
      if (!result.ok) {
        setError(result.error.message)
        return false
      }
      replace((current) => apply(result.value, current))
      setNotice(typeof done === 'string' ? done : done(result.value))
      onChanged()
      return true
    },
    [onChanged, replace],
  )

  return [state, { run, busy, error, notice }]
}
