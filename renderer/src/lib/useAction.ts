import { useState } from 'react'
import type { Result } from '../../../shared/errors'

/** One write from a dialog or form: busy while it runs, the core's Chinese message on refusal. */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run<T>(action: () => Promise<Result<T>>, onDone: (value: T) => void) {
    if (busy) return
    setBusy(true)
    setError(null)
    const result = await action()
    setBusy(false)
    if (result.ok) onDone(result.value)
    else setError(result.error.message)
  }

  return { busy, error, setError, run }
}
