import { meetingNumberLabel } from '../../meetings/status'
import type { AgendaItemView, MeetingDetail } from '../../meetings/views'
import { chineseDate } from '../../roster/dates'
import type { DocumentSettings } from '../settings'
import { minutesAttendance } from './attendance'
import type { MinutesContent, MinutesSection } from './content'
import { personnelReference } from './personnel'
import { decisionSentence, deferralSentence, rejectionSentences, reportSentence, requirementSentence, sectionHeading } from './phrasing'

// The first draft of a 会议纪要, written from the meeting record in the usual phrasing.
// Pure: the same record and settings give the same draft. The secretary edits it after.

type DraftSettings = Pick<DocumentSettings, 'issuerShortName' | 'defaultClassification' | 'distributionLists'>

/** 区委常委会会议: the body as the committee's own (a name already starting with 区委 stays). */
export function bodyFullName(issuerShortName: string, bodyName: string): string {
  return bodyName.startsWith(issuerShortName) ? bodyName : `${issuerShortName}${bodyName}`
}

/** 区委常委会: the body without 会议, as in “再提交区委常委会研究”. */
export const bodyShortName = (issuerShortName: string, bodyName: string) => bodyFullName(issuerShortName, bodyName).replace(/会议$/u, '')

/** 2026年11月20日，区委书记林书记在区委第一会议室主持召开2026年第15次区委常委会会议，研究了以下事项。 */
export function openingParagraph(detail: Pick<MeetingDetail, 'date' | 'year' | 'sequence' | 'termName' | 'body' | 'chairId' | 'chairName' | 'members'> & { place?: string }, issuerShortName: string): string {
  const meeting = meetingNumberLabel({ numbering: detail.body.numbering, year: detail.year, termName: detail.termName, sequence: detail.sequence, bodyName: bodyFullName(issuerShortName, detail.body.name) })
  const chairPost = detail.members.find((member) => member.personId === detail.chairId)?.post.split('、')[0] ?? ''
  const place = detail.place?.trim() ? `在${detail.place.trim()}` : ''
  const chair = detail.chairName ? `${chairPost}${detail.chairName}${place}主持` : place
  return `${chineseDate(detail.date)}，${chair}召开${meeting}，研究了以下事项。`
}

/** The paragraphs of one heard item, by its outcome. */
export function sectionParagraphs(item: AgendaItemView, bodyPhrase: string): string[] {
  if (item.topic.category === 'personnel') return [personnelReference(item.decisionText)]
  const opening = [reportSentence(item.topic.presenter, item.topic.title, item.reportNotes)]
  switch (item.outcome) {
    case 'deferred':
      return [...opening, deferralSentence({ decisionText: item.decisionText, proposingUnit: item.topic.proposingUnit, bodyPhrase })]
    case 'rejected':
      return [...opening, ...rejectionSentences(item.decisionText)]
    default: {
      const decided = decisionSentence(item.decisionText) ?? '会议同意该事项。'
      const requirement = requirementSentence(item)
      return [...opening, decided, ...(requirement ? [requirement] : [])]
    }
  }
}

/** The distribution list named for this body (常委会会议纪要), else the first one. */
function distributionFor(settings: DraftSettings, bodyName: string): string {
  const short = bodyName.replace(/会议$/u, '')
  return (settings.distributionLists.find((list) => list.name.includes(short)) ?? settings.distributionLists[0])?.text ?? ''
}

export function draftMinutes(detail: MeetingDetail, settings: DraftSettings): MinutesContent {
  const bodyPhrase = bodyShortName(settings.issuerShortName, detail.body.name)
  // A withdrawn topic was not heard: the 纪要 records what the meeting agreed, so it is left out.
  const sections: MinutesSection[] = detail.items
    .filter((item) => item.outcome !== 'withdrawn')
    .map((item) => ({ agendaItemId: item.id, heading: sectionHeading(item.topic.title), personnel: item.topic.category === 'personnel', paragraphs: sectionParagraphs(item, bodyPhrase), view: '' }))
  return {
    opening: openingParagraph(detail, settings.issuerShortName),
    sections,
    includePersonnel: false,
    attendance: minutesAttendance(detail),
    classification: settings.defaultClassification,
    // A classified 纪要 carries a 份号 (GB/T 9704 7.2.1): the draft starts at copy 000001.
    copyNumber: settings.defaultClassification.level === 'none' ? null : '000001',
    distribution: distributionFor(settings, detail.body.name),
  }
}
