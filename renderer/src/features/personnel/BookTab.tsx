import { useCallback, useState } from 'react'
import type { BookEntrySummary, BookEntryView } from '../../../../shared/personnel/views'
import { bookLabel } from '../../../../shared/personnel/vocabulary'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { CorrectionDialog } from '../personnel-correction/CorrectionDialog'
import { EntryDialog } from './EntryDialog'
import { dayText } from './personnelFormat'

function byBook(entries: BookEntrySummary[]): { label: string; entries: BookEntrySummary[] }[] {
  const books = new Map<string, BookEntrySummary[]>()
  for (const entry of entries) {
    const label = bookLabel(entry.bookYear, entry.bookNumber)
    books.set(label, [...(books.get(label) ?? []), entry])
  }
  return [...books].map(([label, list]) => ({ label, entries: [...list].sort((a, b) => a.number - b.number) }))
}

/** 专用记录本: the books by year, their entries in sequence, sealed state and corrections. */
export function BookTab() {
  const [year, setYear] = useState<number | null>(null)
  const loadAll = useCallback(() => call('personnel.listEntries', {}), [])
  const [entries, reload] = useLoad(loadAll)
  const [openId, setOpenId] = useState<string | null>(null)
  const [correcting, setCorrecting] = useState<BookEntryView | null>(null)

  if (entries.status === 'loading') return <LoadingIndicator />
  if (entries.status === 'error') return <ErrorMessage message={entries.error.message} />
  const all = entries.value
  if (all.length === 0) {
    return (
      <EmptyState title="专用记录本中还没有记录。">
        <p>在会议中对干部任免议题的人选逐一表决后，记录按顺序编号记入本册（如 2026年第1册第1号）；会议签发后自动封存。</p>
      </EmptyState>
    )
  }
  const years = [...new Set(all.map((entry) => entry.bookYear))].sort((a, b) => b - a)
  const shown = year === null ? all : all.filter((entry) => entry.bookYear === year)

  return (
    <div className="stack">
      <div className="filter-bar">
        <div className="field">
          <label htmlFor="book-year">年度</label>
          <select id="book-year" value={year ?? ''} onChange={(event) => setYear(event.target.value === '' ? null : Number(event.target.value))}>
            <option value="">全部年度</option>
            {years.map((value) => (
              <option key={value} value={value}>
                {value}年
              </option>
            ))}
          </select>
        </div>
      </div>
      {byBook(shown).map((book) => (
        <section key={book.label} aria-labelledby={`book-${book.label}`} className="stack">
          <h3 id={`book-${book.label}`} className="section-title">
            {book.label}
          </h3>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">编号</th>
                  <th scope="col">会议</th>
                  <th scope="col">日期</th>
                  <th scope="col">议题</th>
                  <th scope="col">人选</th>
                  <th scope="col">封存</th>
                  <th scope="col">更正</th>
                </tr>
              </thead>
              <tbody>
                {book.entries.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row" className="cell-name">
                      <button type="button" className="book-link" onClick={() => setOpenId(entry.id)}>
                        第{entry.number}号
                      </button>
                    </th>
                    <td>{entry.meetingLabel}</td>
                    <td className="cell-time">{dayText(entry.meetingDate)}</td>
                    <td>{entry.topicTitle}</td>
                    <td>{entry.candidateNames.join('、') || '—'}</td>
                    <td className="cell-name">
                      {entry.sealed === null ? (
                        <span className="badge badge-warn">未封存</span>
                      ) : entry.sealed.check.state === 'intact' ? (
                        <span className="badge badge-ok">已封存</span>
                      ) : entry.sealed.check.state === 'legacy' ? (
                        <span className="badge badge-ok">已封存（旧式校验）</span>
                      ) : (
                        <span className="badge badge-danger">签发后被改动</span>
                      )}
                    </td>
                    <td>
                      {entry.correctsLabel && <div>更正{entry.correctsLabel}</div>}
                      {entry.correctedByLabels.length > 0 && <div>已由{entry.correctedByLabels.join('、')}更正</div>}
                      {!entry.correctsLabel && entry.correctedByLabels.length === 0 && '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {openId && (
        <EntryDialog
          entryId={openId}
          entries={all}
          onOpen={setOpenId}
          onCorrect={(entry) => {
            setOpenId(null)
            setCorrecting(entry)
          }}
          onClose={() => setOpenId(null)}
        />
      )}
      {correcting && (
        <CorrectionDialog
          original={correcting}
          onClose={() => {
            setOpenId(correcting.id)
            setCorrecting(null)
          }}
          onCorrected={(correction) => {
            setCorrecting(null)
            reload()
            setOpenId(correction.id)
          }}
        />
      )}
    </div>
  )
}
