import type { SearchHitKind, SearchResult } from '../../../../shared/meetings/views'
import { YearSelect } from '../../components/YearSelect'
import { useBodies } from '../meetings/useBodies'
import { hitKindLabels, hitKindOrder } from './hitKinds'

export interface SearchFilter {
  /** The one kind chosen; null for 全部. */
  kind: SearchHitKind | null
  year: number | null
  bodyId: string | null
}

interface SearchFacetsProps {
  facets: SearchResult['facets'] | null
  filter: SearchFilter
  onChange: (filter: SearchFilter) => void
}

/** 全部 / 会议 / 人员 / 议题 / 决定 / 发言 / 回避 … with their counts, and the 年度 and 会议类型 filters. */
export function SearchFacets({ facets, filter, onChange }: SearchFacetsProps) {
  const [bodies] = useBodies()
  const total = facets ? Object.values(facets).reduce((sum, n) => sum + (n ?? 0), 0) : null
  const shown = hitKindOrder.filter((kind) => (facets?.[kind] ?? 0) > 0 || kind === filter.kind)
  return (
    <div className="search-filters">
      <div className="search-facets" role="group" aria-label="按类别筛选">
        <button type="button" className="search-facet" aria-pressed={filter.kind === null} onClick={() => onChange({ ...filter, kind: null })}>
          全部{total !== null && <span className="search-facet-count">{total}</span>}
        </button>
        {shown.map((kind) => (
          <button key={kind} type="button" className="search-facet" aria-pressed={filter.kind === kind} onClick={() => onChange({ ...filter, kind: filter.kind === kind ? null : kind })}>
            {hitKindLabels[kind]}
            <span className="search-facet-count">{facets?.[kind] ?? 0}</span>
          </button>
        ))}
      </div>
      <div className="search-filter-fields">
        <YearSelect id="search-year" value={filter.year} onChange={(year) => onChange({ ...filter, year })} />
        <div className="field">
          <label htmlFor="search-body">会议类型</label>
          <select id="search-body" value={filter.bodyId ?? ''} onChange={(event) => onChange({ ...filter, bodyId: event.target.value || null })}>
            <option value="">全部会议类型</option>
            {bodies.status === 'ready' &&
              bodies.value.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name}
                </option>
              ))}
          </select>
        </div>
      </div>
    </div>
  )
}
