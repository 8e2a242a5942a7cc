import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import type { Result } from '../../../../shared/errors'
import { now } from '../../lib/clock'

// Every field on the live screen saves itself: a short pause after typing, on blur, and
// before the recorder moves to another item. A crash loses at most the keystrokes of the
// pause. Saves of one field never overlap: the latest value is saved after the one in flight.

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string }

export const autosaveDelayMs = 400

type Flush = () => Promise<void>

/** The flushes of the fields on screen, so a move to another item waits for their saves. */
export class AutosaveRegistry {
  private readonly flushes = new Set<Flush>()

  add(flush: Flush): () => void {
    this.flushes.add(flush)
    return () => this.flushes.delete(flush)
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.flushes].map((flush) => flush()))
  }
}

export const AutosaveContext = createContext<AutosaveRegistry | null>(null)

interface Autosave<T> {
  value: T
  /** Sets the value and saves it after the pause (`immediate`: at once, for selects and toggles). */
  change(value: T, immediate?: boolean): void
  flush: Flush
  state: SaveState
}

/**
 * A field's value and its save. `save` may change between renders (it closes over the
 * latest detail); the value the component was mounted with is taken as already saved.
 */
export function useAutosave<T>(initial: T, save: (value: T) => Promise<Result<unknown>>): Autosave<T> {
  const [value, setValue] = useState(initial)
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const latest = useRef(initial)
  const saved = useRef(initial)
  const saveRef = useRef(save)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef<Promise<boolean> | null>(null)
  const mounted = useRef(true)
  const registry = useContext(AutosaveContext)

  useEffect(() => {
    saveRef.current = save
  })

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    for (;;) {
      if (inFlight.current) {
        if (!(await inFlight.current)) return
        continue
      }
      if (Object.is(latest.current, saved.current)) return
      const next = latest.current
      if (mounted.current) setState({ kind: 'saving' })
      const attempt = saveRef.current(next).then((result) => {
        if (result.ok) saved.current = next
        if (mounted.current) setState(result.ok ? { kind: 'saved', at: now() } : { kind: 'error', message: result.error.message })
        return result.ok
      })
      inFlight.current = attempt
      const ok = await attempt
      inFlight.current = null
      // A refused value stays unsaved and on screen; the next edit tries again.
      if (!ok) return
    }
  }, [])

  const change = useCallback(
    (next: T, immediate = false) => {
      latest.current = next
      setValue(next)
      if (timer.current) clearTimeout(timer.current)
      if (immediate) void flush()
      else timer.current = setTimeout(() => void flush(), autosaveDelayMs)
    },
    [flush],
  )

  useEffect(() => registry?.add(flush), [registry, flush])

  // Leaving the screen (or the item) with a pause still running: save what was typed.
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      void flush()
    }
  }, [flush])

  return { value, change, flush, state }
}
