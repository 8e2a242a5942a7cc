import { z } from 'zod'
import { workRoles } from '../../meetings/vocabulary'
import type { DivisionView, MembershipView, PersonView, SubstitutionView, TermView } from '../../roster/views'
import { channel } from '../define'
import { dateField, idField, noInput, optionalText, plainText } from '../fields'

const personFields = {
  name: plainText(32, '姓名'),
  sex: z.enum(['男', '女']).nullable(),
  unit: optionalText(64, '工作单位'),
  note: optionalText(500, '备注'),
}

const rankField = z.number({ error: '排名必须是数字' }).int({ error: '排名必须是整数' }).min(1, { error: '排名从 1 开始' }).max(99, { error: '排名不能超过 99' })

// The roster over time. A change never rewrites history: it ends one period and opens the next.
export const rosterChannels = {
  'roster.people': channel<PersonView[]>()({ input: noInput, access: 'records.read' }),
  'roster.savePerson': channel<PersonView>()({
    input: z.strictObject({ id: idField.optional(), ...personFields }),
    access: 'records.write',
  }),
  /** The standing committee on a day, by rank. */
  'roster.asOf': channel<MembershipView[]>()({ input: z.strictObject({ date: dateField('日期') }), access: 'records.read' }),
  /** Every membership period, newest first. */
  'roster.history': channel<MembershipView[]>()({ input: noInput, access: 'records.read' }),
  /** An existing person (personId), or a new one (newPerson) saved in the same transaction, so a refusal leaves no stray person. */
  'roster.addMembership': channel<MembershipView>()({
    input: z
      .strictObject({ personId: idField.optional(), newPerson: z.strictObject(personFields).optional(), post: plainText(64, '职务'), rank: rankField, startDate: dateField('任职日期') })
      .refine((value) => (value.personId === undefined) !== (value.newPerson === undefined), { error: '请选择已有人员，或填写新人员的姓名（二者选一）' }),
    access: 'records.write',
  }),
  /** A new post or rank from a date: the running period ends the day before, a new one starts. */
  'roster.changeMembership': channel<MembershipView>()({
    input: z.strictObject({ membershipId: idField, effectiveDate: dateField('生效日期'), post: plainText(64, '职务'), rank: rankField }),
    access: 'records.write',
  }),
  /** Several changes from one date, checked together: how two members swap ranks, or a list moves down one place. */
  'roster.changeMemberships': channel<MembershipView[]>()({
    input: z.strictObject({
      effectiveDate: dateField('生效日期'),
      changes: z
        .array(z.strictObject({ membershipId: idField, post: plainText(64, '职务'), rank: rankField }))
        .min(1, { error: '请至少调整一人' })
        .max(40, { error: '一次最多调整 40 人' })
        .refine((list) => new Set(list.map((change) => change.membershipId)).size === list.length, { error: '同一任职记录不能在一次调整中出现两次' }),
    }),
    access: 'records.write',
  }),
  'roster.endMembership': channel<MembershipView>()({
    input: z.strictObject({ membershipId: idField, endDate: dateField('离任日期'), reason: plainText(100, '离任原因') }),
    access: 'records.write',
  }),
  'roster.terms': channel<TermView[]>()({ input: noInput, access: 'records.read' }),
  'roster.saveTerm': channel<TermView>()({
    input: z.strictObject({ id: idField.optional(), name: plainText(32, '届次名称'), startDate: dateField('开始日期'), endDate: dateField('结束日期').nullable() }),
    access: 'records.write',
  }),
  /** 分工 on a day, with gaps and overlaps. */
  'roster.division': channel<DivisionView>()({ input: z.strictObject({ date: dateField('日期') }), access: 'records.read' }),
  'roster.saveArea': channel<DivisionView>()({
    input: z.strictObject({
      id: idField.optional(),
      name: plainText(64, '分工领域'),
      units: optionalText(500, '所属单位'),
      sortOrder: z.number().int().min(0).max(999),
      archived: z.boolean(),
      asOf: dateField('日期'),
    }),
    access: 'records.write',
  }),
  'roster.assign': channel<DivisionView>()({
    input: z.strictObject({ areaId: idField, personId: idField, role: z.enum(workRoles), startDate: dateField('开始日期'), asOf: dateField('日期') }),
    access: 'records.write',
  }),
  'roster.endAssignment': channel<DivisionView>()({
    input: z.strictObject({ assignmentId: idField, endDate: dateField('结束日期'), asOf: dateField('日期') }),
    access: 'records.write',
  }),
  /** 缺位互补 pairs in force on a day. */
  'roster.substitutions': channel<SubstitutionView[]>()({ input: z.strictObject({ date: dateField('日期') }), access: 'records.read' }),
  'roster.saveSubstitution': channel<SubstitutionView>()({
    input: z.strictObject({ personId: idField, substituteId: idField, startDate: dateField('开始日期') }),
    access: 'records.write',
  }),
  'roster.endSubstitution': channel<SubstitutionView>()({ input: z.strictObject({ id: idField, endDate: dateField('结束日期') }), access: 'records.write' }),
  /** 常委职责清单 of one member, in order. */
  'roster.duties': channel<string[]>()({ input: z.strictObject({ personId: idField }), access: 'records.read' }),
  'roster.saveDuties': channel<string[]>()({
    input: z.strictObject({ personId: idField, items: z.array(plainText(500, '职责')).max(50) }),
    access: 'records.write',
  }),
}
