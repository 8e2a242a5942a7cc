import type { DistributionList } from '../../../../shared/documents/settings'

interface Props {
  lists: DistributionList[]
  onChange: (lists: DistributionList[]) => void
}

/** 分送范围: named lists chosen when a 纪要 is drafted; added, edited and removed here. */
export function DistributionListsEditor({ lists, onChange }: Props) {
  const update = (index: number, change: Partial<DistributionList>) => onChange(lists.map((list, i) => (i === index ? { ...list, ...change } : list)))
  return (
    <fieldset className="document-settings-group">
      <legend>分送范围</legend>
      {lists.length === 0 && <p className="field-hint">还没有分送范围。</p>}
      <ol className="distribution-lists">
        {lists.map((list, index) => (
          <li key={index} className="distribution-list">
            <div className="field">
              <label htmlFor={`distribution-name-${index}`}>名称</label>
              <input id={`distribution-name-${index}`} value={list.name} onChange={(event) => update(index, { name: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`distribution-text-${index}`}>分送单位</label>
              <textarea id={`distribution-text-${index}`} rows={2} value={list.text} onChange={(event) => update(index, { text: event.target.value })} />
            </div>
            <button type="button" className="button button-small" aria-label={`删除分送范围“${list.name || `第${index + 1}个`}”`} onClick={() => onChange(lists.filter((_, i) => i !== index))}>
              删除
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" disabled={lists.length >= 20} onClick={() => onChange([...lists, { name: '', text: '' }])}>
        添加分送范围
      </button>
    </fieldset>
  )
}
