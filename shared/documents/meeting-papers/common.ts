import type { AgendaItemView, MeetingDetail } from '../../meetings/views'
import { chineseDateWithWeekday, chineseTime } from '../meeting-text'
import type { DocumentBlock } from '../model'

// What the 议程, the 签到表 and the 涉密材料登记 share: their header lines and how an item is named.

/** The document-wide stand-in for a personnel item's title, for readers without the 干部任免 grant. */
export const hiddenPersonnelTitle = '干部任免事项'

/** An item's title as this reader may print it: a personnel item only as 干部任免事项 without the grant. */
export function printedItemTitle(item: Pick<AgendaItemView, 'topic'>, showPersonnelTitles: boolean): string {
  return item.topic.category === 'personnel' && !showPersonnelTitles ? hiddenPersonnelTitle : item.topic.title
}

export const labelledLine = (label: string, text: string): DocumentBlock => ({ kind: 'labelled', label: `${label}：`, text })

/** 时间 and 地点 under the title. */
export function whenAndWhere(detail: Pick<MeetingDetail, 'date' | 'startTime' | 'place'>): DocumentBlock[] {
  return [labelledLine('时间', `${chineseDateWithWeekday(detail.date)}${chineseTime(detail.startTime)}`), labelledLine('地点', detail.place)]
}

/** The items in agenda order. */
export const itemsInOrder = (detail: Pick<MeetingDetail, 'items'>): AgendaItemView[] => [...detail.items].sort((a, b) => a.position - b.position)
