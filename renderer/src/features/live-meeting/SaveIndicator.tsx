import type { SaveState } from './autosave'

const pad = (value: number) => String(value).padStart(2, '0')
const clock = (at: Date) => `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`

/** The small per-field note: 保存中… / 已保存 14:03:12 / 未保存 with core's message. */
export function SaveIndicator({ state, id }: { state: SaveState; id?: string }) {
  if (state.kind === 'error') {
    return (
      <span id={id} role="alert" className="save-indicator save-indicator-error">
        未保存：{state.message}
      </span>
    )
  }
  return (
    <span id={id} className="save-indicator" aria-live="polite">
      {state.kind === 'saving' && '保存中…'}
      {state.kind === 'saved' && `已保存 ${clock(state.at)}`}
    </span>
  )
}
