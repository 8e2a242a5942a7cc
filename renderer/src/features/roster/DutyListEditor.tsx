import { useRef, useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { SaveFooter } from '../../components/SaveFooter'
import { useAction } from '../../lib/useAction'

interface Line {
  key: number
  text: string
}

/** The lines of one duty list: add, remove, move up and down, then save the whole list at once. */
export function DutyListEditor({ personId, initial, writable }: { personId: string; initial: string[]; writable: boolean }) {
  const nextKey = useRef(initial.length)
  const [saved, setSaved] = useState(initial)
  const [lines, setLines] = useState<Line[]>(() => initial.map((text, key) => ({ key, text })))
  const [justSaved, setJustSaved] = useState(false)
  const action = useAction()
  const listRef = useRef<HTMLOListElement>(null)
  const texts = lines.map((line) => line.text)
  const changed = texts.length !== saved.length || texts.some((text, index) => text !== saved[index])

  function edit(next: Line[]) {
    setLines(next)
    setJustSaved(false)
  }

  function focusLine(index: number) {
    requestAnimationFrame(() => listRef.current?.querySelectorAll('input')[index]?.focus())
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by
    if (target < 0 || target >= lines.length) return
    const next = [...lines]
    ;[next[index], next[target]] = [next[target]!, next[index]!]
    edit(next)
    focusLine(target)
  }

  function add() {
    edit([...lines, { key: nextKey.current++, text: '' }])
    focusLine(lines.length)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void action.run(
      () => call('roster.saveDuties', { personId, items: texts }),
      (items) => {
        setSaved(items)
        setLines(items.map((text) => ({ key: nextKey.current++, text })))
        setJustSaved(true)
      },
    )
  }

  if (!writable) {
    return initial.length === 0 ? <p className="card-note">尚未录入职责清单。</p> : <ol className="duty-read">{initial.map((text, index) => <li key={index}>{text}</li>)}</ol>
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {lines.length === 0 && <p className="card-note">尚未录入职责清单。点击“添加一条”开始。</p>}
      <ol className="duty-lines" ref={listRef}>
        {lines.map((line, index) => (
          <li key={line.key} className="duty-line">
            <label className="duty-number" htmlFor={`duty-${line.key}`}>
              第 {index + 1} 条
            </label>
            <input
              id={`duty-${line.key}`}
              type="text"
              value={line.text}
              maxLength={500}
              onChange={(event) => edit(lines.map((one) => (one.key === line.key ? { ...one, text: event.target.value } : one)))}
            />
            <button type="button" className="button button-small button-secondary" aria-label={`第 ${index + 1} 条上移`} disabled={index === 0} onClick={() => move(index, -1)}>
              上移
            </button>
            <button type="button" className="button button-small button-secondary" aria-label={`第 ${index + 1} 条下移`} disabled={index === lines.length - 1} onClick={() => move(index, 1)}>
              下移
            </button>
            <button type="button" className="button button-small button-danger-quiet" aria-label={`删除第 ${index + 1} 条`} onClick={() => { edit(lines.filter((one) => one.key !== line.key)); focusLine(Math.max(0, index - 1)) }}>
              删除
            </button>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" className="button button-secondary" onClick={add} disabled={lines.length >= 50}>
          添加一条
        </button>
      </div>
      <SaveFooter error={action.error} busy={action.busy} saved={justSaved} changed={changed} />
    </form>
  )
}
