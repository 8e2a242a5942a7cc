import type { MeetingDetail } from '../../../shared/meetings/views'
import { attendance, insertTopic, startedMeeting, type LiveVault } from './live-fixture'

// A meeting recorded through the app's channels, long enough for a 会议记录 of several
// pages: two topics with report notes, six speakers each, votes, decisions, a written view.

const views = [
  '同意。这个方案前期调研比较扎实，目标任务明确，建议进一步细化分年度实施计划，把责任落实到具体单位和具体人员，确保各项措施落地见效。',
  '原则同意。建议在资金安排上统筹考虑财政承受能力，加强对项目实施全过程的绩效评价，防止出现重建设轻管理的问题，切实提高资金使用效益。',
  '同意。要注意做好群众工作，实施过程中涉及的征迁、安置等问题要提前研判，依法依规妥善处理，把矛盾化解在基层，确保社会大局稳定。',
  '同意。建议加强宣传引导，及时向社会公开项目进展情况，主动回应群众关切，营造全社会共同支持、共同参与的良好氛围。',
  '同意。纪检监察机关将加强对项目资金使用和工程建设的全过程监督，对发现的问题及时督促整改，确保项目建成廉洁工程、放心工程。',
  '原则同意。这件事关系全区长远发展，各有关单位要提高站位，加强协调配合，形成工作合力，按照时间节点抓好落实，定期向区委常委会报告进展情况。',
]

export async function recordedMeeting(lv: LiveVault): Promise<MeetingDetail> {
  const tourism = insertTopic(lv.core, { title: '关于全域旅游发展三年行动计划的汇报' })
  const parking = insertTopic(lv.core, { title: '关于城区停车设施建设方案的汇报' })
  const meeting = await startedMeeting(lv, [tourism, parking])
  await lv.core.call('meetings.addGuest', { meetingId: meeting.id, name: '刘明', post: '区委办公室副主任' })
  await attendance(lv, meeting.id, 10)
  await lv.core.call('live.saveWrittenView', { meetingId: meeting.id, personId: lv.people[10]!, text: '同意全域旅游三年行动计划。' })
  const detail = await lv.core.call('meetings.get', { id: meeting.id })
  for (const item of detail.items) {
    await lv.core.call('live.saveReportNotes', { itemId: item.id, text: `${item.topic.presenter}汇报了${item.topic.title.replace(/^关于|的汇报$/gu, '')}的主要内容、资金安排和实施步骤。` })
    for (const [index, personId] of item.speakingOrder.slice(-6).entries()) {
      await lv.core.call('live.saveSpeech', { itemId: item.id, personId, notes: views[index]!, stance: 'agree' })
    }
    await lv.core.call('live.saveVote', { itemId: item.id, method: 'hands', counts: { for: 10, against: 0, abstain: 0 }, ballots: null })
  }
  const [first, second] = detail.items as [MeetingDetail['items'][number], MeetingDetail['items'][number]]
  await lv.core.call('live.saveDecision', { itemId: first.id, decisionText: '会议同意全域旅游发展三年行动计划，请区文旅局按会议意见修改完善后印发实施。', leadLeaderId: lv.people[8]!, responsibleUnits: '区文旅局', deadline: '2026-12-31' })
  await lv.core.call('live.setOutcome', { itemId: first.id, outcome: 'passed' })
  await lv.core.call('live.saveDecision', { itemId: second.id, decisionText: '会议原则同意城区停车设施建设方案。', leadLeaderId: lv.people[8]!, responsibleUnits: '区住建局、区交警大队', deadline: '2027-06-30' })
  await lv.core.call('live.setOutcome', { itemId: second.id, outcome: 'passed' })
  return lv.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
}
