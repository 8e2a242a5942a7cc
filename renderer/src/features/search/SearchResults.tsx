import type { SearchHit } from '../../../../shared/meetings/views'
import { chineseDate } from '../../../../shared/roster/dates'
import { Highlighted } from './Highlighted'
import { groupHits, hitKindLabels } from './hitKinds'

interface SearchResultsProps {
  hits: readonly SearchHit[]
  words: readonly string[]
  onOpen: (hit: SearchHit) => void
}

function hitPlace(hit: SearchHit): string {
  if (hit.kind === 'meeting') return hit.date ? chineseDate(hit.date) : ''
  return [hit.meetingLabel, hit.date ? chineseDate(hit.date) : null].filter(Boolean).join(' · ')
}

/** The hits grouped by kind (会议 / 议题 / 决定 / 发言 / 更正 / 材料 / 督办附件), each a button to its place. */
export function SearchResults({ hits, words, onOpen }: SearchResultsProps) {
  return (
    <div className="search-groups">
      {groupHits(hits).map((group) => (
        <section key={group.kind} className="search-group" aria-labelledby={`search-group-${group.kind}`}>
          <h2 id={`search-group-${group.kind}`}>
            {hitKindLabels[group.kind]}
            <span className="search-group-count">{group.hits.length} 条</span>
          </h2>
          <ul className="search-hits">
            {group.hits.map((hit, index) => (
              <li key={`${hit.kind}:${hit.meetingId ?? ''}:${hit.materialId ?? hit.itemId ?? hit.topicId ?? ''}:${index}`}>
                <button type="button" className="search-hit" onClick={() => onOpen(hit)}>
                  <span className="search-hit-head">
                    <span className={`search-hit-kind search-hit-kind-${hit.kind}`}>{hitKindLabels[hit.kind]}</span>
                    <span className="search-hit-title">
                      <Highlighted text={hit.title} words={words} />
                    </span>
                  </span>
                  {hitPlace(hit) && <span className="search-hit-place">{hitPlace(hit)}</span>}
                  {hit.snippet && (
                    <span className="search-hit-snippet">
                      <Highlighted text={hit.snippet} words={words} />
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
