import { useRef, useState, type FormEvent } from 'react'
import { useNavigation } from '../layout/navigation'
import { useSearchShortcut } from './useSearchShortcut'
import './search.css'

/** The search box in the top bar: Ctrl+K / Ctrl+F focuses it, Enter opens 搜索 with the query. */
export function TopBarSearch() {
  const { navigate } = useNavigation()
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  useSearchShortcut(() => {
    input.current?.focus()
    input.current?.select()
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const query = text.trim()
    if (!query) return
    navigate('search', { query })
    setText('')
    input.current?.blur()
  }

  return (
    <form className="top-bar-search" role="search" aria-label="搜索会议记录" onSubmit={submit}>
      <label htmlFor="top-bar-search-input" className="visually-hidden">
        搜索会议记录
      </label>
      <input
        id="top-bar-search-input"
        ref={input}
        type="search"
        value={text}
        maxLength={50}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setText('')
            input.current?.blur()
          }
        }}
        placeholder="搜索姓名、议题、决定…"
        aria-keyshortcuts="Control+K Control+F"
      />
      {!text && (
        <kbd className="top-bar-search-key" aria-hidden="true">
          Ctrl K
        </kbd>
      )}
    </form>
  )
}
