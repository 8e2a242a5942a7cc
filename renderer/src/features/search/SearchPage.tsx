import { useEffect, useState, type FormEvent } from 'react'
import type { AppErrorShape } from '../../../../shared/errors'
import type { SearchHit, SearchResult } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { PageHeader } from '../../components/PageHeader'
import { StatusMessage } from '../../components/StatusMessage'
import { useNavigation } from '../layout/navigation'
import { hitDestination } from './hitKinds'
import { queryWords } from './highlight'
import { PersonCardPanel } from './PersonCardPanel'
import { SearchFacets, type SearchFilter } from './SearchFacets'
import { SearchResults } from './SearchResults'
import './search.css'

/** As many as the channel allows: a page of results the user can scan; 显示更多 adds the next. */
const resultLimit = 200

type Outcome = { status: 'error'; error: AppErrorShape } | { status: 'ready'; hits: SearchHit[]; more: boolean; facets: SearchResult['facets'] }
type Results = { status: 'idle' } | { status: 'loading' } | (Outcome & { query: string })
type Search = { query: string; run: number; filter: SearchFilter }

const noFilter: SearchFilter = { kind: null, year: null, bodyId: null }

/** One page of the search from `offset`, with the kind, year and body chosen. */
const requestOf = ({ query, filter }: Search, offset: number) => ({
  query,
  limit: resultLimit,
  offset,
  ...(filter.kind ? { kinds: [filter.kind] } : {}),
  ...(filter.year !== null ? { year: filter.year } : {}),
  ...(filter.bodyId !== null ? { bodyId: filter.bodyId } : {}),
})

/** 搜索: meetings, people, topics, decisions, speeches, recusals and amendments, by kind, year and body; each result opens its place (a person: the person card). */
export function SearchPage() {
  const { target, navigate } = useNavigation()
  const initial = target?.query?.trim() ?? ''
  const [text, setText] = useState(initial)
  // `run` changes on every submit, so the same query searches again (records may have changed).
  const [search, setSearch] = useState<Search>({ query: initial, run: 0, filter: noFilter })
  const [outcome, setOutcome] = useState<(Outcome & { run: number }) | null>(null)
  const [personId, setPersonId] = useState<string | null>(target?.personId ?? null)

  useEffect(() => {
    const { query, run } = search
    if (!query) return
    let current = true
    void call('search.query', requestOf(search, 0)).then((result) => {
      if (current) setOutcome(result.ok ? { status: 'ready', ...result.value, run } : { status: 'error', error: result.error, run })
    })
    return () => {
      current = false
    }
  }, [search])

  const changeFilter = (filter: SearchFilter) => setSearch((current) => ({ ...current, filter, run: current.run + 1 }))

  const results: Results = !search.query ? { status: 'idle' } : outcome?.run === search.run ? { ...outcome, query: search.query } : { status: 'loading' }

  const [loadingMore, setLoadingMore] = useState(false)
  async function showMore() {
    if (outcome?.status !== 'ready') return
    setLoadingMore(true)
    const result = await call('search.query', requestOf(search, outcome.hits.length))
    setLoadingMore(false)
    setOutcome((current) =>
      current?.status !== 'ready' || current.run !== outcome.run ? current
      : result.ok ? { ...current, hits: [...current.hits, ...result.value.hits], more: result.value.more }
      : { status: 'error', error: result.error, run: current.run },
    )
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    setSearch((current) => ({ ...current, query: text.trim(), run: current.run + 1 }))
  }

  const words = results.status === 'ready' ? queryWords(results.query) : []
  const facets = outcome?.status === 'ready' ? outcome.facets : null
  function open(hit: SearchHit) {
    if (hit.kind === 'person' && hit.personId) return setPersonId(hit.personId)
    const { destination, target } = hitDestination(hit)
    navigate(destination, target)
  }
  return (
    <>
      <PageHeader title="搜索" description="在会议、人员、议题、决定、发言、回避、更正、汇报材料和督办附件的正文中查找。两个字的姓名也能搜到。" />
      <form className="search-form" role="search" aria-label="搜索会议记录" onSubmit={submit}>
        <div className="field">
          <label htmlFor="search-page-query">搜索内容</label>
          <input id="search-page-query" type="search" value={text} maxLength={50} autoFocus={!initial} onChange={(event) => setText(event.target.value)} placeholder="例如：张三、第15次、征地拆迁" />
        </div>
        <button type="submit" className="button button-primary">
          搜索
        </button>
      </form>
      {search.query && <SearchFacets facets={facets} filter={search.filter} onChange={changeFilter} />}
      {personId && <PersonCardPanel personId={personId} onOpen={(place) => navigate('meetings', place)} onClose={() => setPersonId(null)} />}
      <div className="search-results" aria-live="polite">
        {results.status === 'idle' && (
          <EmptyState title="输入要找的内容后按回车。">
            <p>可以搜索姓名、会议次数（如“第15次”）、会议地点、议题名称，以及汇报、决定、发言、更正和汇报材料（.docx、.pdf、.txt）中的文字。多个词用空格隔开，须同时出现。</p>
          </EmptyState>
        )}
        {results.status === 'loading' && <LoadingIndicator text="正在搜索…" />}
        {results.status === 'error' && <ErrorMessage message={results.error.message} />}
        {results.status === 'ready' && results.hits.length === 0 && (
          <EmptyState title={`没有找到包含“${results.query}”的记录。`}>
            <p>请换一个词，或减少词语后再试。</p>
          </EmptyState>
        )}
        {results.status === 'ready' && results.hits.length > 0 && (
          <>
            <StatusMessage>
              {results.more ? `已显示 ${results.hits.length} 条结果，还有更多（可加词缩小范围）。` : `找到 ${results.hits.length} 条结果。`}
            </StatusMessage>
            <SearchResults hits={results.hits} words={words} onOpen={open} />
            {results.more && (
              <div className="search-more">
                <button type="button" className="button" disabled={loadingMore} onClick={() => void showMore()}>
                  {loadingMore ? '正在加载…' : `显示更多（再加载 ${resultLimit} 条）`}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </>
  )
}
