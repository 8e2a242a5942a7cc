import { z } from 'zod'
import { attendanceStates, ballotChoices, itemAbsenceKinds, leaveReasons, stances, topicOutcomes, voteMethods } from '../../meetings/vocabulary'
import type { MeetingDetail, SavedAt } from '../../meetings/views'
import { channel } from '../define'
import { dateField, idField, noteText, optionalText, plainText } from '../fields'

const count = z.number({ error: '票数必须是数字' }).int({ error: '票数必须是整数' }).min(0, { error: '票数不能为负数' }).max(999)

// The live meeting screen: every edit is its own transaction. Text typed while people
// speak returns only the time it was saved; structural changes return the whole meeting.
export const liveChannels = {
  'live.setAttendance': channel<MeetingDetail>()({
    input: z.strictObject({
      meetingId: idField,
      personId: idField,
      attendance: z.enum(attendanceStates),
      leaveReason: z.enum(leaveReasons).nullable(),
      leaveNote: optionalText(200, '请假说明'),
    }),
    access: 'records.write',
  }),
  /** 全部出席: every member not yet marked is marked present (those on leave stay on leave). */
  'live.allPresent': channel<MeetingDetail>()({ input: z.strictObject({ meetingId: idField }), access: 'records.write' }),
  /** 书面意见 of a member on leave: recorded, never a vote. */
  'live.saveWrittenView': channel<SavedAt>()({ input: z.strictObject({ meetingId: idField, personId: idField, text: noteText(5000, '书面意见') }), access: 'records.write' }),
  /** Late, left early or out of the room for one item; kind null puts the member back. */
  'live.setItemAbsence': channel<MeetingDetail>()({
    input: z.strictObject({ itemId: idField, personId: idField, kind: z.enum(itemAbsenceKinds).nullable(), note: optionalText(200, '说明') }),
    access: 'records.write',
  }),
  /** The recorder's order (a reason is required), or null to go back to the proposed order. */
  'live.setSpeakingOrder': channel<MeetingDetail>()({
    input: z.strictObject({ itemId: idField, order: z.array(idField).max(100).nullable(), reason: optionalText(200, '调整发言顺序的原因') }),
    access: 'records.write',
  }),
  'live.saveSpeech': channel<SavedAt>()({
    input: z.strictObject({ itemId: idField, personId: idField, notes: noteText(20000, '发言记录'), stance: z.enum(stances).nullable() }),
    access: 'records.write',
  }),
  'live.saveReportNotes': channel<SavedAt>()({ input: z.strictObject({ itemId: idField, text: noteText(20000, '汇报要点') }), access: 'records.write' }),
  'live.addRecusal': channel<MeetingDetail>()({
    input: z.strictObject({ itemId: idField, personId: idField, candidate: z.string().trim().max(64).default(''), reason: plainText(200, '回避原因') }),
    access: 'records.write',
  }),
  'live.removeRecusal': channel<MeetingDetail>()({
    input: z.strictObject({ itemId: idField, personId: idField, candidate: z.string().trim().max(64).default('') }),
    access: 'records.write',
  }),
  /** Either counts, or per-member ballots (from which the counts are derived). Null method clears the vote. */
  'live.saveVote': channel<MeetingDetail>()({
    input: z.strictObject({
      itemId: idField,
      method: z.enum(voteMethods).nullable(),
      counts: z.strictObject({ for: count, against: count, abstain: count }).nullable(),
      ballots: z.array(z.strictObject({ personId: idField, choice: z.enum(ballotChoices) })).max(100).nullable(),
    }),
    access: 'records.write',
  }),
  /** 无记名投票的计票 of a non-personnel item (发出 is computed from the participants); checked by checkBallotTally. */
  'live.saveBallotTally': channel<MeetingDetail>()({
    input: z.strictObject({
      itemId: idField,
      returned: count,
      valid: count,
      invalid: count,
      counts: z.strictObject({ for: count, against: count, abstain: count }),
      scrutineerIds: z.array(idField).max(10),
      tellerIds: z.array(idField).max(10),
    }),
    access: 'records.write',
  }),
  /** The decision's text and follow-up fields, saved as typed (before or after the outcome). */
  'live.saveDecision': channel<SavedAt>()({
    input: z.strictObject({
      itemId: idField,
      decisionText: noteText(5000, '决定内容'),
      leadLeaderId: idField.nullable(),
      responsibleUnits: noteText(200, '责任单位'),
      deadline: dateField('办结时限').nullable(),
    }),
    access: 'records.write',
  }),
  /** 通过 / 不通过 / 缓议 / 撤回, checked against the rules; null clears it (before signing). */
  'live.setOutcome': channel<MeetingDetail>()({ input: z.strictObject({ itemId: idField, outcome: z.enum(topicOutcomes).nullable() }), access: 'records.write' }),
  /**
   * The live screen of a meeting 进行中 is open on this machine (or, with null, closed): the
   * idle lock then waits for the meeting's longer time. Returns whether it applies.
   */
  'live.screenOpen': channel<boolean>()({ input: z.strictObject({ meetingId: idField.nullable() }), access: 'session' }),
}
