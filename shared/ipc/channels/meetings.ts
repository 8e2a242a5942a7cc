import { z } from 'zod'
import { bodyKinds, meetingNumberings, meetingStatuses, quorumReadings } from '../../meetings/vocabulary'
import type { BodyView, MeetingDetail, MeetingRules, MeetingSummary } from '../../meetings/views'
import { channel } from '../define'
import { dateField, idField, noInput, optionalText, plainText, timeField } from '../fields'

export const meetingRulesSchema = z.strictObject({
  quorumReading: z.enum(quorumReadings, { error: '请选择“半数以上”的理解方式' }),
  materialDeadlineWorkingDays: z
    .number({ error: '材料截止天数必须是数字' })
    .int({ error: '材料截止天数必须是整数' })
    .min(0, { error: '材料截止天数不能小于 0' })
    .max(20, { error: '材料截止天数不能超过 20 个工作日' }),
})

const meetingFields = {
  date: dateField('会议日期'),
  startTime: timeField('开始时间'),
  place: plainText(64, '会议地点'),
  chairId: idField.nullable(),
  recorderName: plainText(32, '记录人'),
}

export const meetingsChannels = {
  'bodies.list': channel<BodyView[]>()({ input: noInput, access: 'records.read' }),
  /** Adds or edits a body (会议类型); the list is the office's. */
  'bodies.save': channel<BodyView>()({
    input: z.strictObject({
      id: idField.optional(),
      name: plainText(32, '会议名称'),
      kind: z.enum(bodyKinds, { error: '请选择会议类别' }),
      numbering: z.enum(meetingNumberings, { error: '请选择编号方式' }),
      quorumRequired: z.boolean(),
      sortOrder: z.number().int().min(0).max(999),
      archived: z.boolean(),
    }),
    access: 'settings.manage',
  }),
  'meetingRules.get': channel<MeetingRules>()({ input: noInput, access: 'records.read' }),
  'meetingRules.save': channel<MeetingRules>()({ input: meetingRulesSchema, access: 'settings.manage' }),

  'meetings.list': channel<MeetingSummary[]>()({
    input: z.strictObject({ year: z.number().int().min(1950).max(2100).optional(), bodyId: idField.optional(), status: z.enum(meetingStatuses).optional() }),
    access: 'records.read',
  }),
  'meetings.get': channel<MeetingDetail>()({ input: z.strictObject({ id: idField }), access: 'records.read' }),
  /** Numbered next in its body's year (or term); the members are the roster as of the date. */
  'meetings.create': channel<MeetingDetail>()({
    input: z.strictObject({ bodyId: idField, ...meetingFields, termId: idField.nullable().optional() }),
    access: 'records.write',
  }),
  /** Details before the meeting starts; a changed date re-reads the roster as of the new date. */
  'meetings.update': channel<MeetingDetail>()({
    input: z.strictObject({ id: idField, ...meetingFields, endTime: timeField('结束时间').nullable(), sequence: z.number().int().min(1).max(999) }),
    access: 'records.write',
  }),
  /** One step along 筹备 → 已通知 → 进行中 → 已结束 (签发 is meetings.sign). */
  'meetings.advance': channel<MeetingDetail>()({
    input: z.strictObject({
      id: idField,
      to: z.enum(['notified', 'in_progress', 'ended']),
      /**
       * Starting on a day other than the meeting's date: the day it is really held (today),
       * confirmed by the user; the meeting's date becomes that day.
       */
      heldOn: dateField('实际召开日期').optional(),
    }),
    access: 'records.write',
  }),
  /** For bodies other than the standing committee: who of the roster should attend. */
  'meetings.setMembers': channel<MeetingDetail>()({
    input: z.strictObject({ id: idField, personIds: z.array(idField).min(1, { error: '请至少选择一名应到成员' }).max(100) }),
    access: 'records.write',
  }),
  'meetings.addGuest': channel<MeetingDetail>()({
    input: z.strictObject({ meetingId: idField, name: plainText(32, '列席人员姓名或单位'), post: optionalText(64, '职务') }),
    access: 'records.write',
  }),
  'meetings.removeGuest': channel<MeetingDetail>()({ input: z.strictObject({ meetingId: idField, guestId: idField }), access: 'records.write' }),

  /** Puts an open topic (approved or not yet) on the agenda; deciding it still needs approval. */
  'agenda.add': channel<MeetingDetail>()({ input: z.strictObject({ meetingId: idField, topicId: idField }), access: 'records.write' }),
  'agenda.remove': channel<MeetingDetail>()({ input: z.strictObject({ itemId: idField }), access: 'records.write' }),
  'agenda.move': channel<MeetingDetail>()({ input: z.strictObject({ itemId: idField, direction: z.enum(['up', 'down']) }), access: 'records.write' }),
}
