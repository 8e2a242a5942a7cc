import { useCallback, useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { CadreDetailPanel } from './CadreDetailPanel'
import { yearMonthText } from './personnelFormat'

/** 干部档案: the profiles in the book, searchable, with the chosen one's form and matters. */
export function CadresTab({ initialCadreId }: { initialCadreId: string | null }) {
  const [draft, setDraft] = useState('')
  const [query, setQuery] = useState('')
  const load = useCallback(() => call('personnel.listCadres', { query: query === '' ? undefined : query }), [query])
  const [cadres, reload] = useLoad(load)
  const [selected, setSelected] = useState<string | null>(initialCadreId)

  function search(event: FormEvent) {
    event.preventDefault()
    setQuery(draft.trim())
  }

  return (
    <div className="cadres-layout">
      <div className="cadre-list-pane">
        <form className="cadre-search" onSubmit={search} role="search" aria-label="查找干部档案">
          <label htmlFor="cadre-search" className="visually-hidden">
            查找干部（姓名、身份证号、职务或单位）
          </label>
          <input id="cadre-search" type="search" value={draft} onChange={(event) => setDraft(event.target.value)} placeholder="姓名、身份证号、职务或单位" maxLength={40} />
          <button type="submit" className="button button-secondary">
            查找
          </button>
        </form>
        {cadres.status === 'loading' && <LoadingIndicator />}
        {cadres.status === 'error' && <ErrorMessage message={cadres.error.message} />}
        {cadres.status === 'ready' &&
          (cadres.value.length === 0 ? (
            <EmptyState title={query ? '没有找到符合条件的干部。' : '专用记录本中还没有干部档案。'}>
              <p>可点页面右上角“导入 .lrmx…”读取任免审批表，或“新建档案…”手工录入。</p>
            </EmptyState>
          ) : (
            <ul className="cadre-list" aria-label="干部档案">
              {cadres.value.map((cadre) => (
                <li key={cadre.id}>
                  <button type="button" className={cadre.id === selected ? 'cadre-item cadre-item-current' : 'cadre-item'} aria-current={cadre.id === selected ? 'true' : undefined} onClick={() => setSelected(cadre.id)}>
                    <span className="cadre-item-name">
                      {cadre.name}
                      <span className="cadre-item-meta">
                        {[cadre.sex, cadre.birth ? yearMonthText(cadre.birth) + '生' : ''].filter(Boolean).join('，')}
                      </span>
                    </span>
                    <span className="cadre-item-post">{cadre.currentPost || '现任职务未填'}</span>
                    <span className="cadre-item-meta">任免事项 {cadre.matterCount} 项</span>
                  </button>
                </li>
              ))}
            </ul>
          ))}
      </div>
      <div className="cadre-detail-pane">
        {selected ? (
          <CadreDetailPanel key={selected} cadreId={selected} onChanged={reload} />
        ) : (
          <EmptyState title="请在左侧选择一名干部。">
            <p>将显示其任免审批表、各项任免事项及选拔任用各环节的日期。</p>
          </EmptyState>
        )}
      </div>
    </div>
  )
}
