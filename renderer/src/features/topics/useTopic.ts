import { useCallback, useEffect, useState } from 'react'
import type { Result } from '../../../../shared/errors'
import type { TopicSummary } from '../../../../shared/meetings/views'
import { call, onAppEvent } from '../../api/client'
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

  // Materials' text is read in the background: when a pass ends, their marks (无文字层) are fetched again.
  useEffect(
    () =>
      onAppEvent('materials.textProgress', ({ done, total }) => {
        if (done < total) return
        void call('topics.get', { id }).then((result) => {
          if (result.ok) replace((current) => ({ ...current, materials: result.value.materials }))
        })
      }),
    [id, replace],
  )

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
