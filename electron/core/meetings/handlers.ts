import { quorumReadingLabels } from '../../../shared/meetings/vocabulary'
import type { HandlerGroup } from '../handler-types'
import { addAgendaItem, moveAgendaItem, removeAgendaItem } from './agenda-service'
import { auditedWrite } from './audited-write'
import { listBodies, saveBody } from './bodies-service'
import { advanceMeeting } from './meeting-advance'
import { loadMeetingDetail } from './meeting-detail'
import { addMeetingGuest, removeMeetingGuest } from './meeting-guests'
import { listMeetings } from './meeting-list'
import { readMeetingRules, writeMeetingRules } from './meeting-rules-store'
import { createMeeting, setMeetingMembers, updateMeeting } from './meetings-service'

export const meetingsHandlers = {
  'bodies.list': (_input, session) => listBodies(session.db),
  'bodies.save': (input, session, core) => saveBody(session, core, input),
  'meetingRules.get': (_input, session) => readMeetingRules(session.db),
  'meetingRules.save': (input, session, core) => {
    const now = core.now()
    auditedWrite(session, now, (tx) => {
      writeMeetingRules(tx, input, session.actor, now)
      return { action: 'meetingRules.save', entity: 'settings', summary: `修改议事规则：“半数以上”理解为${quorumReadingLabels[input.quorumReading]}，材料截止为会前 ${input.materialDeadlineWorkingDays} 个工作日` }
    })
    return readMeetingRules(session.db)
  },
  'meetings.list': (input, session) => listMeetings(session.db, input),
  'meetings.get': (input, session) => loadMeetingDetail(session.db, input.id),
  'meetings.create': (input, session, core) => createMeeting(session, core, input),
  'meetings.update': (input, session, core) => updateMeeting(session, core, input),
  'meetings.advance': (input, session, core) => advanceMeeting(session, core, input),
  'meetings.setMembers': (input, session, core) => setMeetingMembers(session, core, input),
  'meetings.addGuest': (input, session, core) => addMeetingGuest(session, core, input),
  'meetings.removeGuest': (input, session, core) => removeMeetingGuest(session, core, input),
  'agenda.add': (input, session, core) => addAgendaItem(session, core, input),
  'agenda.remove': (input, session, core) => removeAgendaItem(session, core, input),
  'agenda.move': (input, session, core) => moveAgendaItem(session, core, input),
} satisfies HandlerGroup<'bodies.list' | 'bodies.save' | 'meetingRules.get' | 'meetingRules.save' | 'meetings.list' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.advance' | 'meetings.setMembers' | 'meetings.addGuest' | 'meetings.removeGuest' | 'agenda.add' | 'agenda.remove' | 'agenda.move'>
