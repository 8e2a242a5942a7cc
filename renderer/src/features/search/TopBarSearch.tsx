import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { SearchHit } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { useNavigation } from '../layout/navigation'
import { hitDestination, hitKindLabels } from './hitKinds'
import { useSearchShortcut } from './useSearchShortcut'
import './search.css'

/** How many suggestions the box offers while typing, and how long it waits after a keystroke. */
const suggestionCount = 8
const typingPauseMs = 200

/**
 * The search box in the top bar: Ctrl+K / Ctrl+F focuses it; while typing it suggests the
 * first hits (↑/↓ to choose, Enter opens one); Enter without a choice opens 搜索 with the query.
 */
export function TopBarSearch() {
  const { navigate } = useNavigation()
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [suggestions, setSuggestions] = useState<SearchHit[]>([])
  const [active, setActive] = useState(-1)
  const [focused, setFocused] = useState(false)
  useSearchShortcut(() => {
    input.current?.focus()
    input.current?.select()
  })

  useEffect(() => {
    const query = text.trim()
    // An empty box shows none (see `showing`); the last ones are replaced on the next query.
    if (!query) return
    let current = true
    const timer = setTimeout(() => {
      void call('search.query', { query, limit: suggestionCount }).then((result) => {
        if (!current) return
        setSuggestions(result.ok ? result.value.hits : [])
        setActive(-1)
      })
    }, typingPauseMs)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text])

  function close() {
    setText('')
    setSuggestions([])
    setActive(-1)
    input.current?.blur()
  }

  function openHit(hit: SearchHit) {
    if (hit.kind === 'person' && hit.personId) navigate('search', { query: text.trim(), personId: hit.personId })
    else {
      const { destination, target } = hitDestination(hit)
      navigate(destination, target)
    }
    close()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const chosen = suggestions[active]
    if (chosen) return openHit(chosen)
    const query = text.trim()
    if (!query) return
    navigate('search', { query })
    close()
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') close()
    else if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault()
      setActive((index) => (index + 1) % suggestions.length)
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault()
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1))
    }
  }

  const showing = focused && text.trim() !== '' && suggestions.length > 0
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
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        placeholder="搜索姓名、议题、决定…"
        aria-keyshortcuts="Control+K Control+F"
        aria-autocomplete="list"
        aria-controls={showing ? 'top-bar-suggestions' : undefined}
        aria-activedescendant={showing && active >= 0 ? `top-bar-suggestion-${active}` : undefined}
      />
      {!text && (
        <kbd className="top-bar-search-key" aria-hidden="true">
          Ctrl K
        </kbd>
      )}
      {showing && (
        <div className="top-bar-suggestions">
        <ul id="top-bar-suggestions" role="listbox" aria-label="搜索建议">
          {suggestions.map((hit, index) => (
            <li
              key={`${hit.kind}:${hit.personId ?? hit.materialId ?? hit.itemId ?? hit.topicId ?? hit.meetingId ?? ''}:${index}`}
              id={`top-bar-suggestion-${index}`}
              role="option"
              aria-selected={index === active}
              className="top-bar-suggestion"
              // Keeps the focus in the box, so the click is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => openHit(hit)}
            >
              <span className={`search-hit-kind search-hit-kind-${hit.kind}`}>{hitKindLabels[hit.kind]}</span>
              <span className="top-bar-suggestion-title">{hit.title}</span>
              {hit.meetingLabel && <span className="top-bar-suggestion-place">{hit.meetingLabel}</span>}
            </li>
          ))}
        </ul>
        <p className="top-bar-suggestion-hint">↑↓ 选择，Enter 打开；不选直接按 Enter 查看全部结果</p>
        </div>
      )}
    </form>
  )
}
