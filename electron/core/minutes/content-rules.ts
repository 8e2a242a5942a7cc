import type { MinutesContent } from '../../../shared/documents/minutes/content'

/**
 * What an edit may not change: the sections follow the meeting's agenda (one per heard
 * item, in order), and a 干部任免 section keeps the book's reference: typed candidates would
 * put them in the main store, which every user can read. Null when the edit is acceptable.
 */
export function contentProblem(stored: MinutesContent, next: MinutesContent): string | null {
  const ids = (content: MinutesContent) => content.sections.map((section) => section.agendaItemId).join(',')
  if (ids(stored) !== ids(next)) return '纪要的议题与会议议程不一致（议题不能增删或调换顺序）。请刷新后重试；如会议记录有变化，请“按会议记录重新起草”。'
  for (const [index, section] of next.sections.entries()) {
    const before = stored.sections[index]!
    if (section.personnel !== before.personnel) return `“${before.heading}”是否为干部任免事项由会议记录决定，不能在纪要中更改。`
    if (section.personnel && JSON.stringify(section.paragraphs) !== JSON.stringify(before.paragraphs)) {
      return `“${before.heading}”是干部任免事项：纪要正文只写专用记录本的编号，不能改写；持有干部任免权限的人员可选择“写入人选情况”，由专用记录本生成。`
    }
    if (section.personnel && section.view.trim()) return `“${before.heading}”是干部任免事项，不写“会议认为”：纪要只写专用记录本的编号。`
  }
  return null
}
