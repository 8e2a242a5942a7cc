import { useEffect, useState } from 'react'
import type { MembershipView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import type { LoadState } from '../../lib/useLoad'

const isoDate = /^\d{4}-\d{2}-\d{2}$/u

/** The standing committee as of `date`, by rank; re-read whenever the date changes. */
export function useRosterAsOf(date: string): LoadState<MembershipView[]> | { status: 'no-date' } {
  const [state, setState] = useState<{ date: string; value: LoadState<MembershipView[]> } | null>(null)
  const valid = isoDate.test(date)

  useEffect(() => {
    if (!valid) return
    let current = true
    void call('roster.asOf', { date }).then((result) => {
      if (!current) return
      setState({ date, value: result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error } })
    })
    return () => {
      current = false
    }
  }, [date, valid])

  if (!valid) return { status: 'no-date' }
  // Until the new date's roster arrives, say so rather than show the old one.
  return state?.date === date ? state.value : { status: 'loading' }
}
